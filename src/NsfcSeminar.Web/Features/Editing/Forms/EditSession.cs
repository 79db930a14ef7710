using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Features.Errors;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;
using AccessWithdrawnException = NsfcSeminar.Data.Revisions.AccessWithdrawnException;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>What every edit form's input carries: its saved row, if any, and that row's
/// concurrency token.</summary>
public interface IEditInput
{
    int? Id { get; }

    uint Version { get; set; }
}

/// <summary>
/// The save, conflict and draft states of one edit form, in one place for the seminar form and
/// each speech form (on their own page or on the seminar's): the input and the baseline another
/// editor's changes are measured from, the draft offered back, a conflict, the notice a save
/// leaves. It knows no page, so it is tested without a browser.
/// </summary>
/// <param name="keyOf">The record key the input's draft is filed under.</param>
/// <param name="gone">What to say when the record was deleted while it was being edited.</param>
internal sealed class EditSession<TInput>(
    EditDraftStore drafts, string editor, Func<TInput, string> keyOf, string gone, IStringLocalizer<SharedResource> L)
    where TInput : class, IEditInput
{
    public TInput? Input { get; private set; }

    /// <summary>The input as last loaded or saved (null when a draft begun before someone else's
    /// save was restored: their changes are then measured from the draft itself).</summary>
    public TInput? Baseline { get; private set; }

    public EditContext? Context { get; private set; }

    public (StoredDraft Stored, TInput Input)? Offered { get; private set; }

    public TInput? Theirs { get; private set; }

    public IReadOnlyList<ConflictField>? Conflict { get; private set; }

    public string? Notice { get; set; }

    /// <summary>The notice says a save was refused (not "Saved.").</summary>
    public bool Refused { get; private set; }

    /// <summary>The rules refused the input; the fields say why.</summary>
    public bool Invalid { get; set; }

    public bool Busy { get; private set; }

    /// <summary>Saves made, shown to scripts (and tests) beside the notice.</summary>
    public int Saves { get; private set; }

    /// <summary>Keeps drafts as the editor types (the page's <see cref="Autosave"/>).</summary>
    public IDraftKeeper? Keeper { get; set; }

    public string RecordKey => Input is null ? "" : keyOf(Input);

    public void Show(TInput saved)
    {
        Input = saved;
        Baseline = InputJson.Clone(saved);
        Context = new EditContext(saved);
        Invalid = false;
    }

    /// <summary>Offers back a draft this editor left of the record, if it holds anything else.</summary>
    public async Task OfferDraftAsync(CancellationToken ct)
    {
        var stored = await drafts.FindAsync(editor, RecordKey, ct);
        if (stored is not null && InputJson.Deserialize<TInput>(stored.Payload) is { } draft
            && InputJson.Content(draft) != InputJson.Content(Input!))
        {
            Offered = (stored, draft);
        }
    }

    /// <summary>What the offered draft holds that the record as loaded does not, field by field
    /// (<paramref name="compare"/> is the form's own comparison, as for a conflict).</summary>
    public IReadOnlyList<DraftChange> OfferedChanges(Func<TInput, TInput, IReadOnlyList<ConflictField>> compare) =>
        Offered is { } offered ? DraftChange.From(compare(Baseline ?? Input!, offered.Input)) : [];

    public void RestoreDraft()
    {
        var draft = Offered!.Value.Input;
        Offered = null;

        // A draft begun before someone else's save must not silently overwrite it: keep its token
        // and measure their changes from the draft itself.
        if (draft.Version != Baseline!.Version)
        {
            Baseline = null;
        }

        Input = draft;
        Context = new EditContext(draft);
        Keeper?.Reset();
    }

    public async Task DiscardDraftAsync(CancellationToken ct)
    {
        Offered = null;
        await drafts.DeleteAsync(editor, RecordKey, ct);
    }

    /// <summary>Saves the input through <paramref name="steps"/>, and shows what came of it.</summary>
    /// <returns>The outcome, or null when nothing was sent (a text not intact, a rule broken,
    /// a step that stopped it, access withdrawn).</returns>
    public async Task<SaveStatus?> SaveAsync(SaveSteps<TInput> steps, CancellationToken ct)
    {
        Busy = true;
        Notice = null;
        Refused = false;
        try
        {
            if (!await steps.Flush())
            {
                Refused = true;
                Notice = L["Editing.NotSavedTheTextOnScreen"];
                return null;
            }

            steps.Prepare?.Invoke(Input!);
            Invalid = !Context!.Validate();
            if (Invalid || (steps.Proceed is not null && !await steps.Proceed(Input!)))
            {
                return null;
            }

            var draftKey = RecordKey;
            SaveResult<TInput> result;
            try
            {
                result = await steps.Store(Input!, Baseline, ct);
            }
            catch (AccessWithdrawnException)
            {
                Notice = Keeper is null ? null : await Keeper.KeepAfterRefusalAsync();
                return null;
            }
            catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
            {
                result = SaveResult.Unavailable<TInput>();
            }

            await ShowOutcomeAsync(result, draftKey, steps, ct);
            return result.Status;
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task ShowOutcomeAsync(SaveResult<TInput> result, string draftKey, SaveSteps<TInput> steps, CancellationToken ct)
    {
        switch (result.Status)
        {
            case SaveStatus.Stored:
                Show(result.Record!);
                Conflict = null;
                await drafts.DeleteAsync(editor, draftKey, ct);
                Keeper?.Reset();
                Notice = SaveNotice.For(result.Status, L);
                Saves++;
                break;
            case SaveStatus.Conflict:
                Theirs = result.Record;
                Conflict = steps.Compare(Baseline ?? Input!, Theirs!);
                await KeepAsync();
                break;
            case SaveStatus.Refused:
                Invalid = true;
                steps.ShowProblems(result.Problems);
                break;
            case SaveStatus.NotConfirmed:
                Refused = true;
                Notice = SaveNotice.For(result.Status, L);
                await KeepAsync();
                break;
            case SaveStatus.Unavailable:
                // Nowhere to keep a draft either: the text stays on screen for the next try.
                Refused = true;
                Notice = SaveNotice.For(result.Status, L);
                break;
            default:
                Notice = gone;
                await KeepAsync();
                break;
        }
    }

    private async Task KeepAsync()
    {
        if (Keeper is not null)
        {
            await Keeper.KeepNowAsync();
        }
    }

    /// <summary>Says that a save of the page as a whole fell short (a part of it was refused).</summary>
    public void Refuse(string notice)
    {
        Refused = true;
        Notice = notice;
    }

    /// <summary>The page moved the record among others (its only change): the token that move
    /// gave it is adopted, so the next save is not taken for another editor's.</summary>
    public void Moved(uint version)
    {
        Input!.Version = version;
        if (Baseline is not null)
        {
            Baseline.Version = version;
        }
    }

    /// <summary>"Save mine anyway": saves over the other editor's version, measured from it.</summary>
    public Task<SaveStatus?> OverwriteAsync(SaveSteps<TInput> steps, CancellationToken ct)
    {
        Input!.Version = Theirs!.Version;
        Baseline = Theirs;
        Conflict = null;
        return SaveAsync(steps, ct);
    }

    /// <summary>"Take theirs": shows the other editor's version and drops this editor's draft.</summary>
    public async Task TakeTheirsAsync(CancellationToken ct)
    {
        Show(Theirs!);
        Conflict = null;
        await drafts.DeleteAsync(editor, RecordKey, ct);
        Keeper?.Reset();
    }
}
