using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>Adds or edits one speech of a seminar on a page of its own; the seminar's page edits
/// the same speeches inline, with the same card.</summary>
public sealed partial class SpeechEditPage
{
    private SpeechInput? _loaded;
    private EditingLookups _lookups = EditingLookups.Empty;
    private IReadOnlyList<SeminarParticipant> _participants = [];
    private string? _meetingTitle;
    private AddressBar? _addressBar;
    private bool _missing;

    /// <summary>The anchor the browser's address shows (a new speech's, once it is saved).</summary>
    private string? _shownAnchor;

    [Parameter] public string MeetingSlug { get; set; } = "";

    [Parameter] public string? Anchor { get; set; }

    private string Heading => _shownAnchor is null ? L["Editing.NewSpeech"] : L["Editing.EditSpeech"];

    protected override async Task OnParametersSetAsync()
    {
        var meeting = await Meetings.LoadAsync(MeetingSlug, CancellationToken.None);
        var loaded = meeting?.Id is not { } meetingId ? null
            : Anchor is null ? SpeakerDefaults.NewFor(meetingId, meeting)
            : await Editor.LoadAsync(meetingId, Anchor, CancellationToken.None);
        if (loaded is null)
        {
            _missing = true;
            return;
        }

        _meetingTitle = meeting!.Texts.FirstOrDefault(t => t.Present && !string.IsNullOrWhiteSpace(t.Title))?.Title;
        _participants = SpeakerDefaults.Of(meeting);
        _lookups = await LookupQuery.LoadAsync(CancellationToken.None);
        _shownAnchor = Anchor;
        _loaded = loaded;
    }

    private async Task SavedAsync(SpeechInput saved)
    {
        if (_shownAnchor != saved.Anchor)
        {
            _shownAnchor = saved.Anchor;
            await _addressBar!.ReplaceAsync($"edit/meetings/{MeetingSlug}/speeches/{saved.Anchor}");
        }
    }
}
