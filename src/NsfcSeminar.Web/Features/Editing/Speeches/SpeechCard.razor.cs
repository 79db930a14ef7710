using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>Adds or edits one speech with the save, conflict and draft handling every form shares
/// (<see cref="EditSession{TInput}"/>), on the speech's own concurrency token.</summary>
public sealed partial class SpeechCard
{
    private readonly StreamedTextRegistry _texts = new();
    private EditSession<SpeechInput>? _session;
    private RulesValidator? _validator;
    private Autosave? _autosave;
    private string _editor = "";
    private string _firstNewKey = "";

    /// <summary>The speech as loaded, or a new one; read once, when the card is made.</summary>
    [Parameter, EditorRequired] public SpeechInput Speech { get; set; } = null!;

    [Parameter, EditorRequired] public EditingLookups Lookups { get; set; } = null!;

    [Parameter] public IReadOnlyList<SeminarParticipant> Participants { get; set; } = [];

    [Parameter] public string IdPrefix { get; set; } = "speech";

    /// <summary>The only form on its page: it is the page's form, and counts its saves for scripts.</summary>
    [Parameter] public bool Standalone { get; set; }

    /// <summary>The key a new speech's draft is filed under until it is saved.</summary>
    [Parameter, EditorRequired] public string NewDraftKey { get; set; } = "";

    /// <summary>Saves the seminar first when it is new, and answers its id (null: not saved).</summary>
    [Parameter] public Func<Task<int?>>? EnsureMeeting { get; set; }

    [Parameter] public EventCallback<(NewRecordKind Kind, LookupItem Item)> OnCreated { get; set; }

    [Parameter] public EventCallback<SpeechInput> OnSaved { get; set; }

    /// <summary>More actions beside Save (back to the seminar; move, remove).</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    public SpeechInput? Input => _session?.Input;

    /// <summary>Not saved, or changed since it was: what saving the whole seminar must save.</summary>
    public bool HasChanges => _session?.Input is { } input
        && (input.Id is null || _session.Baseline is null || InputJson.Content(input) != InputJson.Content(_session.Baseline));

    private Dictionary<string, object> SavesAttribute => new()
    {
        [Standalone ? "data-saves" : "data-speech-saves"] = _session!.Saves,
    };

    protected override async Task OnInitializedAsync()
    {
        _editor = await SignedInUser.NameAsync(Auth);
        _firstNewKey = NewDraftKey;
        _session = new EditSession<SpeechInput>(Drafts, _editor, KeyOf,
            L["Editing.ThisSpeechNoLongerExistsIt"], L);
        _session.Show(Speech);
        await _session.OfferDraftAsync(CancellationToken.None);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (_session is not null)
        {
            _session.Keeper = _autosave;
        }
    }

    /// <summary>The seminar's page stored a new order of its speeches, which gave this one a new token.</summary>
    public void Reordered(uint version) => _session?.Moved(version);

    private string KeyOf(SpeechInput input) => input.Id is { } id ? DraftKeys.Speech(id) : NewDraftKey;

    /// <summary>Saves this speech (the seminar first, when it is new).</summary>
    public async Task<SaveStatus?> SaveAsync()
    {
        var status = await _session!.SaveAsync(Steps, CancellationToken.None);
        await AfterSaveAsync(status);
        return status;
    }

    private async Task OverwriteAsync() => await AfterSaveAsync(await _session!.OverwriteAsync(Steps, CancellationToken.None));

    private async Task AfterSaveAsync(SaveStatus? status)
    {
        if (status == SaveStatus.Stored)
        {
            // A new speech of a new seminar kept its draft under the seminar's key of before.
            if (_firstNewKey != NewDraftKey)
            {
                await Drafts.DeleteAsync(_editor, _firstNewKey, CancellationToken.None);
            }

            await OnSaved.InvokeAsync(_session!.Input!);
        }

        StateHasChanged();
    }

    private SaveSteps<SpeechInput> Steps => new(
        _texts.FlushAsync,
        Editor.SaveAsync,
        (before, theirs) => ConflictField.Between(SpeechConflictFields.Flatten(before, Lookups, L), SpeechConflictFields.Flatten(theirs, Lookups, L)),
        problems => _validator!.Show(problems),
        input =>
        {
            if (string.IsNullOrWhiteSpace(input.Anchor))
            {
                input.Anchor = SpeechRules.SuggestAnchor(input, Lookups);
            }
        },
        InSavedMeetingAsync);

    /// <summary>A speech is stored in a saved seminar: a new seminar is saved first.</summary>
    private async Task<bool> InSavedMeetingAsync(SpeechInput input)
    {
        if (input.MeetingId == 0 && EnsureMeeting is not null && await EnsureMeeting() is { } meetingId)
        {
            input.MeetingId = meetingId;
        }

        return input.MeetingId != 0;
    }
}
