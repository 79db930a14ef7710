namespace NsfcSeminar.Web.Features.Saving;

/// <summary>Why a save was refused, for one field or for the whole form: the object and property it
/// belongs to (the form shows the message beside that field) and the message in the editor's
/// language. A problem with no field (<see cref="Overall"/>) is shown above the form.</summary>
/// <param name="Model">The form's input or one of its parts; for a pasted release's draft, the
/// warning itself (its page writes it in the editor's language).</param>
public sealed record FieldProblem(object? Model, string Field, string Message)
{
    public static FieldProblem Overall(string message) => new(null, "", message);

    public bool IsOverall => Field.Length == 0;
}
