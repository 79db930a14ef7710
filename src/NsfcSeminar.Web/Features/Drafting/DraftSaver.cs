using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Features.Sources;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Saves a confirmed proposal as a DRAFT seminar, in one SaveChanges (one transaction): the
/// meeting, its texts in the release's language, participants, speeches and themes. Matched
/// records are reused by slug; anything unmatched is created, once per name. Called only when
/// the editor confirms; drafts are invisible to readers and harvesters until published.
/// </summary>
internal sealed class DraftSaver(IDbContextFactory<SeminarDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult<string>> SaveAsync(DraftSeminar draft, CancellationToken ct)
    {
        var errors = Validate(draft);
        if (errors.Count > 0)
        {
            return SaveResult.Refused<string>(errors.Select(e => new FieldProblem(e, "", e.ToString())));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var records = await DraftRecords.LoadAsync(db, draft, ct);
        var meeting = new Meeting
        {
            Slug = await records.UniqueMeetingSlugAsync(draft, ct),
            Kind = draft.Kind,
            Format = draft.Format,
            StartDate = draft.StartDate!.Value,
            EndDate = draft.EndDate > draft.StartDate ? draft.EndDate : null,
            Place = Bilingual.Of(Trimmed(draft.PlaceEn), Trimmed(draft.PlaceZh)),
            SeriesId = records.SeriesId,
            SequenceNumber = draft.SequenceNumber,
            Status = PublicationStatus.Draft,
            Visibility = Visibility.Public,
        };
        AddTexts(meeting, draft);
        var order = 0;
        foreach (var participant in draft.Participants.Where(p => !p.LeaveOut && !string.IsNullOrWhiteSpace(p.Name)).DistinctBy(p => (p.Role, p.Kind, p.Name)))
        {
            meeting.Participations.Add(records.Participation(participant, ++order));
        }

        order = 0;
        foreach (var speech in draft.Speeches.Where(s => !s.LeaveOut && !s.IsBlank))
        {
            meeting.Speeches.Add(records.Speech(speech, draft.SourceLanguage, ++order));
        }

        meeting.Themes.AddRange(records.SelectedThemes);
        KeepRelease(meeting, draft);
        db.Meetings.Add(meeting);
        await db.SaveWithRevisionsAsync(ct);
        return SaveResult.Stored(meeting.Slug);
    }

    private static readonly WarningText L = WarningText.Instance;

    /// <summary>The pasted release becomes the seminar's first source, with the text as its
    /// archived copy: what the draft was read from stays beside it. Its address is unknown (it was
    /// pasted), and nothing is claimed about who published it.</summary>
    private void KeepRelease(Meeting meeting, DraftSeminar draft)
    {
        if (Trimmed(draft.ReleaseText) is not { } text)
        {
            return;
        }

        var source = new Source
        {
            SortOrder = 1,
            Title = Bilingual.Of("Press release (text pasted by an editor)", "新闻稿（编辑粘贴的文本）"),
            Language = draft.SourceLanguage,
            RetrievedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        source.Copies.Add(ArchivedCopies.Create("press-release.txt", "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
        meeting.Sources.Add(source);
    }

    private static List<DraftWarning> Validate(DraftSeminar draft)
    {
        var errors = new List<DraftWarning>();
        if (draft.StartDate is null)
        {
            errors.Add(L["Drafting.EnterTheDateOfTheMeeting"]);
        }

        if (Trimmed(draft.TitleEn) is null && Trimmed(draft.TitleZh) is null)
        {
            errors.Add(L["Drafting.EnterATitleInAtLeast"]);
        }

        if (draft.SequenceNumber is not null && draft.SeriesSlug is null)
        {
            errors.Add(L["Drafting.ANumberInTheSeriesNeeds"]);
        }

        return errors;
    }

    private static void AddTexts(Meeting meeting, DraftSeminar draft)
    {
        foreach (var (language, title) in new[] { (Language.En, draft.TitleEn), (Language.Zh, draft.TitleZh) })
        {
            if (Trimmed(title) is { } text)
            {
                meeting.Texts.Add(new MeetingText
                {
                    Language = language,
                    Title = text,
                    StatedTheme = language == draft.SourceLanguage ? Trimmed(draft.StatedTheme) : null,
                    Provenance = TextProvenance.EditorialSummary,
                });
            }
        }
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
