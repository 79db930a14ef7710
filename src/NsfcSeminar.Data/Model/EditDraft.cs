namespace NsfcSeminar.Data.Model;

/// <summary>
/// An editor's unsaved edits of one record, kept by the workspace every few seconds so that a
/// dropped connection, a reload or a restart of the portal costs at most a few seconds of typing.
/// Deleted when the edits are saved or discarded.
/// </summary>
public sealed class EditDraft
{
    public long Id { get; set; }

    /// <summary>The signed-in editor's user name: each editor has their own drafts.</summary>
    public required string Editor { get; set; }

    /// <summary>What is being edited: "meeting:42", "speech:7", "meeting:new".</summary>
    public required string RecordKey { get; set; }

    /// <summary>The editor's input, as the workspace serialised it (JSON).</summary>
    public required string Payload { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
