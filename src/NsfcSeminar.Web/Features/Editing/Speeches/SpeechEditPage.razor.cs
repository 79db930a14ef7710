using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using NsfcSeminar.Data.Model;
using AccessWithdrawnException = NsfcSeminar.Data.Revisions.AccessWithdrawnException;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>Adds or edits one speech of a seminar; the same draft and conflict handling as the
/// seminar form, on the speech's own concurrency token.</summary>
public sealed partial class SpeechEditPage
{
    private readonly StreamedTextRegistry _texts = new();
    private SpeechInput? _input;
    private SpeechInput? _baseline;
    private EditContext? _context;
    private EditingLookups _lookups = EditingLookups.Empty;
    private RulesValidator? _validator;
    private Autosave? _autosave;
    private string _editor = "";
    private string? _meetingTitle;
    private string? _savedAnchor;
    private AddressBar? _addressBar;

    /// <summary>The address the browser shows (a new record's changes once it is saved).</summary>
    private string? _shownAnchor;
    private bool _missing;
    private bool _busy;
    private bool _invalid;
    private string? _notice;

    /// <summary>The notice says a save was refused (not "Saved.").</summary>
    private bool _refused;

    /// <summary>Saves made on this page, shown to scripts (and tests) beside the notice.</summary>
    private int _saves;
    private (StoredDraft Stored, SpeechInput Input)? _offered;
    private SpeechInput? _theirs;
    private IReadOnlyList<ConflictField>? _conflict;

    [Parameter] public string MeetingSlug { get; set; } = "";

    [Parameter] public string? Anchor { get; set; }

    private string Heading => Anchor is null && _input?.Id is null ? L["New speech"] : L["Edit speech"];

    private string RecordKey => _input?.Id is { } id ? DraftKeys.Speech(id) : DraftKeys.NewSpeech(_input?.MeetingId ?? 0);

    protected override async Task OnParametersSetAsync()
    {
        _editor = await EditorIdentity.NameAsync(Auth);
        var meeting = await Meetings.LoadAsync(MeetingSlug, CancellationToken.None);
        var loaded = meeting?.Id is not { } meetingId ? null
            : Anchor is null ? SpeechInput.New(meetingId)
            : await Editor.LoadAsync(meetingId, Anchor, CancellationToken.None);
        if (loaded is null)
        {
            _missing = true;
            return;
        }

        _meetingTitle = meeting!.Texts.FirstOrDefault(t => t.Present && !string.IsNullOrWhiteSpace(t.Title))?.Title;
        _lookups = await LookupQuery.LoadAsync(CancellationToken.None);
        Show(loaded);
        _shownAnchor = Anchor;
        var stored = await Drafts.FindAsync(_editor, RecordKey, CancellationToken.None);
        if (stored is not null && InputJson.Deserialize<SpeechInput>(stored.Payload) is { } draft
            && InputJson.Content(draft) != InputJson.Content(loaded))
        {
            _offered = (stored, draft);
        }
    }

    private void Show(SpeechInput saved)
    {
        _input = saved;
        _baseline = InputJson.Clone(saved);
        _savedAnchor = saved.Id is null ? null : saved.Anchor;
        _context = new EditContext(_input);
        _invalid = false;
    }

    private void RestoreDraft()
    {
        var draft = _offered!.Value.Input;
        _offered = null;
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

    private async Task SaveAsync()
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

            if (string.IsNullOrWhiteSpace(_input!.Anchor))
            {
                _input.Anchor = SpeechRules.SuggestAnchor(_input, _lookups);
            }

            _invalid = !_context!.Validate();
            if (!_invalid)
            {
                var draftKey = RecordKey;
                SaveResult<SpeechInput> result;
                try
                {
                    result = await Editor.SaveAsync(_input, _baseline, CancellationToken.None);
                }
                catch (AccessWithdrawnException)
                {
                    _notice = await _autosave!.KeepAfterRefusalAsync();
                    return;
                }

                await ShowOutcomeAsync(result, draftKey);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowOutcomeAsync(SaveResult<SpeechInput> result, string draftKey)
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
                if (wasNew || _shownAnchor != _savedAnchor)
                {
                    _shownAnchor = _savedAnchor;
                    await _addressBar!.ReplaceAsync($"edit/meetings/{MeetingSlug}/speeches/{_savedAnchor}");
                }

                break;
            case SaveStatus.Conflict:
                _theirs = result.Record;
                _conflict = ConflictField.Between(
                    SpeechConflictFields.Flatten(_baseline ?? _input!, _lookups, L),
                    SpeechConflictFields.Flatten(_theirs!, _lookups, L));
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
                _notice = L["This speech no longer exists: it was removed while you were editing. Your text is kept as a draft."];
                await _autosave!.KeepNowAsync();
                break;
        }
    }

    private async Task OverwriteAsync()
    {
        _input!.Version = _theirs!.Version;
        _baseline = _theirs;
        _conflict = null;
        await SaveAsync();
    }

    private async Task TakeTheirsAsync()
    {
        Show(_theirs!);
        _conflict = null;
        await Drafts.DeleteAsync(_editor, RecordKey, CancellationToken.None);
        _autosave?.Reset();
    }
}
