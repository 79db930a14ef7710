using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Features.Errors;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>
/// A curation form: checks what it can before saving, then shows each refusal (its own or the
/// server's: a taken slug, a cycle, a conflicting save) beside the field it concerns. The input
/// is never replaced, so nothing typed is lost, not even when the database cannot be reached.
/// </summary>
public abstract class CurationForm<TInput> : ComponentBase
    where TInput : class
{
    private TInput? _bound;

    [Parameter, EditorRequired] public TInput Model { get; set; } = null!;

    [Parameter, EditorRequired] public Func<TInput, Task<SaveResult<string>>> Save { get; set; } = null!;

    [Parameter] public EventCallback OnCancel { get; set; }

    [Inject] private IStringLocalizer<SharedResource> Localizer { get; set; } = null!;

    protected EditContext Context { get; private set; } = null!;

    protected ValidationMessageStore Messages { get; private set; } = null!;

    /// <summary>A refusal that concerns the whole form (a conflicting save).</summary>
    protected string? FormError { get; private set; }

    protected bool Saving { get; private set; }

    protected abstract Dictionary<string, string> Validate(TInput input);

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_bound, Model))
        {
            _bound = Model;
            Context = new EditContext(Model);
            Messages = new ValidationMessageStore(Context);
            FormError = null;
        }
    }

    protected async Task SubmitAsync()
    {
        Messages.Clear();
        FormError = null;
        IReadOnlyList<FieldProblem> problems = [.. Validate(Model).Select(e => new FieldProblem(Model, e.Key, e.Value))];
        if (problems.Count == 0)
        {
            Saving = true;
            try
            {
                problems = (await Save(Model)).Problems;
            }
            catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
            {
                problems = [FieldProblem.Overall(SaveNotice.For(SaveStatus.Unavailable, Localizer)!)];
            }
            finally
            {
                Saving = false;
            }
        }

        foreach (var (_, field, message) in problems)
        {
            if (field.Length == 0 || typeof(TInput).GetProperty(field) is null)
            {
                FormError = FormError is null ? message : $"{FormError} {message}";
            }
            else
            {
                Messages.Add(Context.Field(field), message);
            }
        }

        Context.NotifyValidationStateChanged();
    }
}
