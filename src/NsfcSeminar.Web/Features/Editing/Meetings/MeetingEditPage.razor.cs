using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>Creates or edits one seminar on one page: its facts, participants, speeches, themes
/// and documents, saved together or section by section. Drafts, conflicts and confirmed saves are
/// the <see cref="EditSession{TInput}"/> every form shares; this page adds the seminar's own steps
/// (a slug made, a possible duplicate named) and the speeches saved with it.</summary>
public sealed partial class MeetingEditPage
{
    private readonly StreamedTextRegistry _texts = new();
    private EditSession<MeetingInput>? _session;
    private EditingLookups _lookups = EditingLookups.Empty;
    private RulesValidator? _validator;
    private Autosave? _autosave;
    private SeminarSpeeches? _speeches;
    private string _editor = "";
    private AddressBar? _addressBar;

    /// <summary>The address the browser shows (a new record's changes once it is saved).</summary>
    private string? _shownSlug;
    private bool _missing;
    private IReadOnlyList<PossibleDuplicate>? _duplicates;
    private MeetingRecord? _preview;

    [Parameter] public string? Slug { get; set; }

    private MeetingInput? _input => _session?.Input;

    private string Heading => Slug is null && _input?.Id is null ? L["Editing.NewSeminar"] : L["Editing.EditSeminar"];

    protected override async Task OnParametersSetAsync()
    {
        _editor = await SignedInUser.NameAsync(Auth);
        _lookups = await LookupQuery.LoadAsync(CancellationToken.None);
        var loaded = Slug is null ? MeetingInput.New() : await Editor.LoadAsync(Slug, CancellationToken.None);
        if (loaded is null)
        {
            _missing = true;
            return;
        }

        _session = new EditSession<MeetingInput>(Drafts, _editor, input => input.Id is { } id ? DraftKeys.Meeting(id) : DraftKeys.NewMeeting,
            L["Editing.ThisSeminarNoLongerExistsIt"], L);
        _session.Show(loaded);
        _shownSlug = Slug;
        await _session.OfferDraftAsync(CancellationToken.None);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (_session is not null)
        {
            _session.Keeper = _autosave;
        }
    }

    /// <summary>Saves the whole page: the seminar, then every speech changed; a status change
    /// (publishing, say) only once all of them are stored.</summary>
    private async Task SaveAllAsync(PublicationStatus? status, Visibility? visibility)
    {
        var wasNew = _input!.Id is null;
        if (wasNew && await SaveSeminarAsync(null, null) != SaveStatus.Stored)
        {
            return;
        }

        if (_speeches is not null && !await _speeches.SaveChangedAsync())
        {
            _session!.Refuse(L["Editing.NotEverythingWasSavedSeeThe"]);
            return;
        }

        if (!wasNew || status is not null || visibility is not null)
        {
            await SaveSeminarAsync(status, visibility);
        }
    }

    /// <summary>The seminar's id, saving it first if it is new (a speech is saved into it).</summary>
    private async Task<int?> EnsureSavedAsync() =>
        _input!.Id ?? (await SaveSeminarAsync(null, null) == SaveStatus.Stored ? _input!.Id : null);

    private async Task<SaveStatus?> SaveSeminarAsync(PublicationStatus? status, Visibility? visibility)
    {
        var before = (_input!.Status, _input.Visibility);
        var outcome = await _session!.SaveAsync(Steps(status, visibility), CancellationToken.None);
        if (outcome != SaveStatus.Stored)
        {
            (_input!.Status, _input.Visibility) = before;
            return outcome;
        }

        _duplicates = null;
        if (_shownSlug != _input!.Slug)
        {
            _shownSlug = _input.Slug;
            await _addressBar!.ReplaceAsync($"edit/meetings/{_shownSlug}");
        }

        return outcome;
    }

    private SaveSteps<MeetingInput> Steps(PublicationStatus? status, Visibility? visibility) => new(
        _texts.FlushAsync,
        Editor.SaveAsync,
        (before, theirs) => ConflictField.Between(MeetingConflictFields.Flatten(before, _lookups, L), MeetingConflictFields.Flatten(theirs, _lookups, L)),
        problems => _validator!.Show(problems),
        input =>
        {
            if (string.IsNullOrWhiteSpace(input.Slug))
            {
                input.Slug = MeetingRules.SuggestSlug(input);
            }
        },
        async input =>
        {
            // A new seminar that repeats an archived one is named once; saving again creates it.
            if (input.Id is null && _duplicates is null && await Editor.DuplicatesOfAsync(input, CancellationToken.None) is { Count: > 0 } found)
            {
                _duplicates = found;
                return false;
            }

            input.Status = status ?? input.Status;
            input.Visibility = visibility ?? input.Visibility;
            return true;
        });

    private async Task OverwriteAsync() => await _session!.OverwriteAsync(Steps(null, null), CancellationToken.None);

    private async Task PreviewAsync()
    {
        await _texts.FlushAsync();
        var speeches = _input!.Id is { } id ? await Speeches.PreviewAsync(id, CancellationToken.None) : [];
        _preview = MeetingPreview.From(_input, _lookups, speeches, DateOnly.FromDateTime(Clock.GetLocalNow().DateTime));
    }

    private void Created((NewRecordKind Kind, LookupItem Item) created) => _lookups = _lookups.With(created.Kind, created.Item);
}
