using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Speeches;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>Keeps the speech cards of the seminar's page in order: loads the saved speeches, adds
/// new ones (for each speaking participant at once, if asked), moves and removes them, and saves
/// those changed when the whole seminar is saved.</summary>
public sealed partial class SeminarSpeeches
{
    /// <summary>The roles whose holders speak: a card is offered for each of them.</summary>
    private static readonly ParticipantRole[] SpeakingRoles = [ParticipantRole.Presiding, ParticipantRole.KeynoteSpeaker, ParticipantRole.Reporter];

    private readonly List<Row> _rows = [];
    private readonly Dictionary<Guid, SpeechCard> _cards = [];
    private int _numbered;

    /// <summary>The last number a new speech's draft was filed under.</summary>
    private int _unsaved;
    private Guid? _confirming;
    private string? _message;

    [Inject] private SpeechEditor Editor { get; set; } = null!;

    [Inject] private MeetingSpeeches Speeches { get; set; } = null!;

    [Inject] private EditDraftStore Drafts { get; set; } = null!;

    [Inject] private Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider Auth { get; set; } = null!;

    /// <summary>The seminar as the form holds it: its id, participants and language versions.</summary>
    [Parameter, EditorRequired] public MeetingInput Meeting { get; set; } = null!;

    [Parameter, EditorRequired] public EditingLookups Lookups { get; set; } = null!;

    [Parameter, EditorRequired] public Func<Task<int?>> EnsureMeeting { get; set; } = null!;

    [Parameter] public EventCallback<(NewRecordKind Kind, LookupItem Item)> OnCreated { get; set; }

    private IReadOnlyList<SeminarParticipant> Participants => SpeakerDefaults.Of(Meeting);

    private IReadOnlyList<SeminarParticipant> SpeakersWithoutSpeech => [.. Participants
        .Where(p => SpeakingRoles.Contains(p.Role) && (p.PersonId ?? p.OrganisationId) is not null)
        .Where(p => !_rows.Any(r => SpeakerDefaults.Gives(Current(r), p)))
        .DistinctBy(p => (p.PersonId, p.OrganisationId))];

    protected override async Task OnInitializedAsync()
    {
        if (Meeting.Id is { } id)
        {
            foreach (var speech in await Editor.LoadAllAsync(id, CancellationToken.None))
            {
                _rows.Add(new Row(Guid.NewGuid(), ++_numbered, 0, speech));
            }
        }

        // New speeches typed but not saved (the page was left or reloaded): their cards come
        // back, each offering its draft.
        var editor = await SignedInUser.NameAsync(Auth);
        foreach (var number in await Drafts.NewSpeechDraftsAsync(editor, Meeting.Id ?? 0, CancellationToken.None))
        {
            _unsaved = number;
            _rows.Add(new Row(Guid.NewGuid(), ++_numbered, number, SpeakerDefaults.NewFor(Meeting.Id ?? 0, Meeting)));
        }
    }

    private SpeechInput Current(Row row) => _cards.GetValueOrDefault(row.Key)?.Input ?? row.Loaded;

    private void Add(SeminarParticipant? speaker)
    {
        var speech = SpeakerDefaults.NewFor(Meeting.Id ?? 0, Meeting);
        if (speaker is not null)
        {
            SpeakerDefaults.Assign(speech, speaker);
        }

        _rows.Add(new Row(Guid.NewGuid(), ++_numbered, ++_unsaved, speech));
    }

    /// <summary>A card for each presiding person, keynote speaker and reporter, in the order of
    /// the participants, with speaker and kind filled in.</summary>
    private void AddForSpeakers()
    {
        var speakers = SpeakersWithoutSpeech;
        _message = speakers.Count == 0 ? L["Editing.EveryPresidingPersonKeynoteSpeakerAnd"].Value : null;
        foreach (var speaker in speakers)
        {
            Add(speaker);
        }
    }

    /// <summary>Saves every card not saved or changed since; false when any was not saved.</summary>
    public async Task<bool> SaveChangedAsync()
    {
        var failed = 0;
        foreach (var row in _rows.ToList())
        {
            if (_cards.GetValueOrDefault(row.Key) is { HasChanges: true } card && await card.SaveAsync() != SaveStatus.Stored)
            {
                failed++;
            }
        }

        _message = failed == 0 ? null : string.Format(System.Globalization.CultureInfo.CurrentCulture,
            L["Editing.SpeechesWereNotSavedTheMessage"], failed);
        return failed == 0 && await SaveOrderAsync();
    }

    private async Task MoveAsync(int index, int offset)
    {
        var target = index + offset;
        (_rows[index], _rows[target]) = (_rows[target], _rows[index]);
        await SaveOrderAsync();
    }

    /// <summary>Stores the order shown once every speech is saved (until then, saving does).</summary>
    private async Task<bool> SaveOrderAsync()
    {
        var order = _rows.Select(Current).ToList();
        if (Meeting.Id is not { } meetingId || order.Any(s => s.Id is null))
        {
            return true;
        }

        var versions = await Speeches.ReorderAsync(meetingId, [.. order.Select(s => (s.Id!.Value, s.Version))], CancellationToken.None);
        foreach (var row in _rows)
        {
            if (versions?.GetValueOrDefault(Current(row).Id!.Value) is { } version)
            {
                _cards.GetValueOrDefault(row.Key)?.Reordered(version);
            }
        }

        _message = versions is null ? L["Editing.ASpeechWasChangedBySomeone"].Value : null;
        return versions is not null;
    }

    private async Task RemoveAsync(Row row)
    {
        _confirming = null;
        var speech = Current(row);
        if (speech.Id is { } id && !await Speeches.RemoveAsync(id, speech.Version, CancellationToken.None))
        {
            _message = L["Editing.TheSpeechWasChangedBySomeone"];
            return;
        }

        _message = null;
        _rows.Remove(row);
        _cards.Remove(row.Key);
    }

    /// <param name="Number">Numbers the card's field ids, in the order cards were made.</param>
    /// <param name="Unsaved">Numbers a new speech's draft (0 for a speech loaded saved).</param>
    private sealed record Row(Guid Key, int Number, int Unsaved, SpeechInput Loaded)
    {
        public string Prefix => $"speech-{Number}";
    }
}
