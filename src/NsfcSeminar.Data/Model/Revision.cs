namespace NsfcSeminar.Data.Model;

/// <summary>The kinds of record an editor saves and whose every save is kept as a revision.</summary>
public enum RecordType
{
    Meeting,
    Speech,
    Person,
    Organisation,
    Theme,
}

public enum RevisionAction
{
    Created,
    Updated,
    Deleted,
    Restored,

    /// <summary>Merged into another record (named by <see cref="Revision.Note"/>) and removed.</summary>
    Merged,
}

/// <summary>
/// One saved state of a record: who saved it, when, and its full content as JSON, so that any two
/// states can be compared and any old one written back. Rows are only ever added
/// (by <see cref="Revisions.RevisionSaves"/>), never changed.
/// </summary>
public sealed class Revision
{
    public long Id { get; set; }

    public RecordType RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>The record's slug when it was saved (a speech's meeting slug and anchor), so the
    /// history of a deleted record can still be found.</summary>
    public required string RecordKey { get; set; }

    /// <summary>1, 2, 3... per record.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    /// <summary>What changed: the snapshot's top-level field names, comma-separated
    /// ("Texts, Speeches"), which the history page names in the reader's language.</summary>
    public string Summary { get; set; } = "";

    /// <summary>For a restore, the number of the revision written back; for a merge, the slug of
    /// the record merged into.</summary>
    public string? Note { get; set; }

    /// <summary>The signed-in user's id; null for commands and the importer.</summary>
    public string? AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The record's full content (a snapshot from <see cref="Snapshots.RecordSnapshots"/>), json as written.</summary>
    public required string Content { get; set; }
}
