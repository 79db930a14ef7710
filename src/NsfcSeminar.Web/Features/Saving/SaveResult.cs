namespace NsfcSeminar.Web.Features.Saving;

/// <summary>What a save came to; every save (an edit form, a curation form or merge, a restored
/// revision, a draft from a release) answers with one of these.</summary>
public enum SaveStatus
{
    /// <summary>Written; the result carries the record as now stored (or its slug).</summary>
    Stored,

    /// <summary>The rules, or the database (a slug already taken), refused the input; its problems
    /// say why, beside a field or for the whole form. Nothing was written.</summary>
    Refused,

    /// <summary>Someone else saved the record since it was loaded: nothing was written.</summary>
    Conflict,

    /// <summary>The record no longer exists.</summary>
    Gone,

    /// <summary>Read back before committing, the record differed from what the editor sent:
    /// the save was rolled back (<see cref="Editing.Forms.ConfirmedSave"/>).</summary>
    NotConfirmed,

    /// <summary>The database could not be reached: nothing was written, nothing typed is lost.</summary>
    Unavailable,
}

/// <summary>The outcome of a save. <c>Record</c> is what is now stored (the form's input read
/// back, or the slug of the record a curation save, merge, restore or draft leaves) after
/// <see cref="SaveStatus.Stored"/>, or the other editor's version after a conflict, when known.</summary>
public sealed record SaveResult<T>(SaveStatus Status, T? Record, IReadOnlyList<FieldProblem> Problems)
    where T : class
{
    public bool Stored => Status == SaveStatus.Stored;

    /// <summary>Every problem's message in one sentence run, for a page that shows them together.</summary>
    public string Messages => string.Join(" ", Problems.Select(p => p.Message));
}

public static class SaveResult
{
    public static SaveResult<T> Stored<T>(T record)
        where T : class => new(SaveStatus.Stored, record, []);

    public static SaveResult<T> Refused<T>(params IEnumerable<FieldProblem> problems)
        where T : class => new(SaveStatus.Refused, null, [.. problems]);

    /// <summary>Someone else saved first; <paramref name="theirs"/> is their version, where the
    /// form can show it, and <paramref name="problems"/> what to tell the editor, where it cannot.</summary>
    public static SaveResult<T> Conflict<T>(T? theirs, params IEnumerable<FieldProblem> problems)
        where T : class => new(SaveStatus.Conflict, theirs, [.. problems]);

    public static SaveResult<T> Gone<T>()
        where T : class => new(SaveStatus.Gone, null, []);

    public static SaveResult<T> NotConfirmed<T>()
        where T : class => new(SaveStatus.NotConfirmed, null, []);

    public static SaveResult<T> Unavailable<T>()
        where T : class => new(SaveStatus.Unavailable, null, []);
}
