namespace NsfcSeminar.Web.Features.Editing.Forms;

public enum SaveStatus
{
    Saved,

    /// <summary>Someone else saved the record since it was loaded: nothing was written.</summary>
    Conflict,

    /// <summary>A rule the database checks (a slug already taken) refused the input.</summary>
    Invalid,

    /// <summary>The record no longer exists.</summary>
    Gone,

    /// <summary>Read back before committing, the record differed from what the editor sent:
    /// the save was rolled back (<see cref="ConfirmedSave"/>).</summary>
    NotConfirmed,
}

/// <summary>The outcome of saving a form. <c>Record</c> is the saved record as now stored
/// (after <see cref="SaveStatus.Saved"/>) or the other editor's version (after a conflict).</summary>
public sealed record SaveResult<T>(SaveStatus Status, T? Record, IReadOnlyList<FieldProblem> Problems)
    where T : class;

public static class SaveResult
{
    public static SaveResult<T> Saved<T>(T record)
        where T : class => new(SaveStatus.Saved, record, []);

    public static SaveResult<T> Conflict<T>(T theirs)
        where T : class => new(SaveStatus.Conflict, theirs, []);

    public static SaveResult<T> Invalid<T>(params FieldProblem[] problems)
        where T : class => new(SaveStatus.Invalid, null, problems);

    public static SaveResult<T> Gone<T>()
        where T : class => new(SaveStatus.Gone, null, []);

    public static SaveResult<T> NotConfirmed<T>()
        where T : class => new(SaveStatus.NotConfirmed, null, []);
}
