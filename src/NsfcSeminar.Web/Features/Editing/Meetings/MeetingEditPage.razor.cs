using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using NsfcSeminar.Data.Model;
using AccessWithdrawnException = NsfcSeminar.Data.Revisions.AccessWithdrawnException;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>Creates or edits one seminar. The form's input is kept as a server-side draft while
/// the editor types; saving checks the meeting's concurrency token and, when another editor saved
/// first, shows what they changed and keeps this editor's text.</summary>
public sealed partial class MeetingEditPage
{
    private readonly StreamedTextRegistry _texts = new();
    private MeetingInput? _input;

    /// <summary>The input as last loaded or saved: what "the other editor changed" is measured from.</summary>
    private MeetingInput? _baseline;
    private EditContext? _context;
    private EditingLookups _lookups = EditingLookups.Empty;
    private RulesValidator? _validator;
    private Autosave? _autosave;
    private string _editor = "";
    private string? _savedSlug;
    private AddressBar? _addressBar;

    /// <summary>The address the browser shows (a new record's changes once it is saved).</summary>
    private string? _shownSlug;
    private bool _missing;
    private bool _busy;
    private bool _invalid;
    private IReadOnlyList<PossibleDuplicate>? _duplicates;
    private string? _notice;

    /// <summary>The notice says a save was refused (not "Saved.").</summary>
    private bool _refused;

    /// <summary>Saves made on this page, shown to scripts (and tests) beside the notice.</summary>
    private int _saves;
    private (StoredDraft Stored, MeetingInput Input)? _offered;
    private MeetingInput? _theirs;
    private IReadOnlyList<ConflictField>? _conflict;
    private MeetingRecord? _preview;

    [Parameter] public string? Slug { get; set; }

    private StoredDraft? _draft => _offered?.Stored;

    private string Heading => Slug is null && _input?.Id is null ? L["New seminar"] : L["Edit seminar"];

    private string RecordKey => _input?.Id is { } id ? DraftKeys.Meeting(id) : DraftKeys.NewMeeting;

    protected override async Task OnParametersSetAsync()
    {
        _editor = await EditorIdentity.NameAsync(Auth);
        _lookups = await LookupQuery.LoadAsync(CancellationToken.None);
        var loaded = Slug is null ? MeetingInput.New() : await Editor.LoadAsync(Slug, CancellationToken.None);
        if (loaded is null)
        {
            _missing = true;
            return;
        }

        Show(loaded);
        _shownSlug = Slug;
        await OfferDraftAsync(loaded);
    }

    private void Show(MeetingInput saved)
    {
        _input = saved;
        _baseline = InputJson.Clone(saved);
        _savedSlug = saved.Id is null ? null : saved.Slug;
        _context = new EditContext(_input);
        _invalid = false;
    }

    private async Task OfferDraftAsync(MeetingInput loaded)
    {
        var stored = await Drafts.FindAsync(_editor, RecordKey, CancellationToken.None);
        if (stored is not null && InputJson.Deserialize<MeetingInput>(stored.Payload) is { } draft
            && InputJson.Content(draft) != InputJson.Content(loaded))
        {
            _offered = (stored, draft);
        }
    }

    private void RestoreDraft()
    {
        var draft = _offered!.Value.Input;
        _offered = null;

        // A draft begun before someone else's save must not silently overwrite it: keep its token
        // and measure their changes from the draft itself.
        if (draft.Version != _baseline!.Version)
        {
            _baseline = null;
        }

        _input = draft;
        _context = new EditContext(_input);
        _autosave?.Reset();
    }

    private async Task DiscardDraftAsync()
    {
        _offered = null;
        await Drafts.DeleteAsync(_editor, RecordKey, CancellationToken.None);
    }

    private async Task SaveAsync(PublicationStatus? status, Visibility? visibility)
    {
        _busy = true;
        _notice = null;
        _refused = false;
        try
        {
            if (!await _texts.FlushAsync())
            {
                _refused = true;
                _notice = L["Not saved: the text on screen did not reach the server intact (the connection may be slow). Nothing was lost: your text is still on screen. Please save again."];
                return;
            }

            if (string.IsNullOrWhiteSpace(_input!.Slug))
            {
                _input.Slug = MeetingRules.SuggestSlug(_input);
            }

            _invalid = !_context!.Validate();
            if (_invalid)
            {
                return;
            }

            // A new seminar that repeats an archived one is named once; saving again creates it.
            if (_input.Id is null && _duplicates is null && await Editor.DuplicatesOfAsync(_input, CancellationToken.None) is { Count: > 0 } found)
            {
                _duplicates = found;
                return;
            }

            var before = (_input!.Status, _input.Visibility);
            _input.Status = status ?? _input.Status;
            _input.Visibility = visibility ?? _input.Visibility;
            var draftKey = RecordKey;
            SaveResult<MeetingInput> result;
            try
            {
                result = await Editor.SaveAsync(_input, _baseline, CancellationToken.None);
            }
            catch (AccessWithdrawnException)
            {
                (_input.Status, _input.Visibility) = before;
                _notice = await _autosave!.KeepAfterRefusalAsync();
                return;
            }

            // The audit line of a save is written with its revision (ADR-008).
            if (result.Status != SaveStatus.Saved)
            {
                (_input.Status, _input.Visibility) = before;
            }

            await ShowOutcomeAsync(result, draftKey);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowOutcomeAsync(SaveResult<MeetingInput> result, string draftKey)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved:
                var wasNew = _input!.Id is null;
                Show(result.Record!);
                _conflict = null;
                await Drafts.DeleteAsync(_editor, draftKey, CancellationToken.None);
                _autosave?.Reset();
                _notice = L["Saved."];
                _saves++;
                if (wasNew || _shownSlug != _savedSlug)
                {
                    _shownSlug = _savedSlug;
                    await _addressBar!.ReplaceAsync($"edit/meetings/{_savedSlug}");
                }

                break;
            case SaveStatus.Conflict:
                _theirs = result.Record;
                _conflict = ConflictField.Between(
                    MeetingConflictFields.Flatten(_baseline ?? _input!, _lookups, L),
                    MeetingConflictFields.Flatten(_theirs!, _lookups, L));
                await _autosave!.KeepNowAsync();
                break;
            case SaveStatus.Invalid:
                _invalid = true;
                _validator!.Show(result.Problems);
                break;
            case SaveStatus.NotConfirmed:
                _refused = true;
                _notice = L["Not saved: what the database stored differed from what is on screen, so the save was undone. Your text is still on screen and kept as a draft. Please save again; if this recurs, tell an administrator."];
                await _autosave!.KeepNowAsync();
                break;
            default:
                _notice = L["This seminar no longer exists: it was deleted while you were editing. Your text is kept as a draft."];
                await _autosave!.KeepNowAsync();
                break;
        }
    }

    private async Task OverwriteAsync()
    {
        _input!.Version = _theirs!.Version;
        _baseline = _theirs;
        _conflict = null;
        await SaveAsync(null, null);
    }

    private async Task TakeTheirsAsync()
    {
        Show(_theirs!);
        _conflict = null;
        await Drafts.DeleteAsync(_editor, RecordKey, CancellationToken.None);
        _autosave?.Reset();
    }

    private async Task PreviewAsync()
    {
        await _texts.FlushAsync();
        var speeches = _input!.Id is { } id ? await Speeches.PreviewAsync(id, CancellationToken.None) : [];
        _preview = MeetingPreview.From(_input, _lookups, speeches);
    }

    private void Created((NewRecordKind Kind, LookupItem Item) created) => _lookups = _lookups.With(created.Kind, created.Item);
}
