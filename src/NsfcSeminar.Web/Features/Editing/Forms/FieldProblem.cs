namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>A problem with one field of a form: the object and property it belongs to (the form
/// shows the message beside that field) and the message in the editor's language.</summary>
public sealed record FieldProblem(object Model, string Field, string Message);
