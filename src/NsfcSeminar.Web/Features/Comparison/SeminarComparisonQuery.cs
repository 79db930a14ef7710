using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>
/// Two seminars side by side in a fixed number of SQL commands, however many speeches they
/// hold: the two meetings (visibility checked once, for both), the themes either carries, their
/// speeches with titles, speakers and themes, and then the wording of the shared themes
/// (<see cref="SeminarWordingQuery"/>: one command when kept, two when worked out).
/// </summary>
internal sealed class SeminarComparisonQuery(IDbContextFactory<SeminarDbContext> dbFactory, SeminarWordingQuery wording)
{
    /// <summary>The meetings of these slugs that the reader may see, by slug. One SQL command.</summary>
    public async Task<IReadOnlyDictionary<string, FoundMeeting>> FindAsync(IReadOnlyList<string> slugs, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var rows = await MeetingStatements.ReadAsync(db, MeetingRecords.FactsSql, slugs, ct);
        var found = await MeetingRecords.ReadFactsAsync(rows.DbDataReader, access, ct);
        return found.ToDictionary(m => m.Record.Slug, StringComparer.Ordinal);
    }

    /// <summary>Compares two meetings the reader may see (found by <see cref="FindAsync"/>).</summary>
    public async Task<SeminarComparison> CompareAsync(FoundMeeting first, FoundMeeting second, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (earlier, later) = IsEarlier(second.Record, first.Record) ? (second, first) : (first, second);
        int[] ids = [earlier.Id, later.Id];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);

        // A theme belongs to a seminar when the seminar or one of its speeches carries it, as on
        // the theme page. One row per theme of either, in the vocabulary's order.
        var themes = await db.ReformThemes.AsNoTracking()
            .Select(t => new
            {
                Link = new RecordLink(t.Slug, new Bilingual { En = t.Name.En, Zh = t.Name.Zh }),
                t.SortOrder,
                t.Id,
                InEarlier = t.Meetings.Any(m => m.Id == earlier.Id) || t.Speeches.Any(s => s.MeetingId == earlier.Id),
                InLater = t.Meetings.Any(m => m.Id == later.Id) || t.Speeches.Any(s => s.MeetingId == later.Id),
            })
            .Where(t => t.InEarlier || t.InLater)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(ct);

        // One row per speech and title (two at most) and theme: a seminar holds tens of speeches.
        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => ids.Contains(s.MeetingId))
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.MeetingId,
                Speech = new ComparedSpeech(
                    s.Id,
                    s.Anchor,
                    s.Kind,
                    s.SpeakerPerson != null ? new ComparedSpeaker("people/" + s.SpeakerPerson.Slug, new Bilingual { En = s.SpeakerPerson.Name.En, Zh = s.SpeakerPerson.Name.Zh })
                        : s.SpeakerOrganisation != null ? new ComparedSpeaker("organisations/" + s.SpeakerOrganisation.Slug, new Bilingual { En = s.SpeakerOrganisation.Name.En, Zh = s.SpeakerOrganisation.Name.Zh })
                        : s.SpeakerGroup != null ? new ComparedSpeaker(null, new Bilingual { En = s.SpeakerGroup.Name.En, Zh = s.SpeakerGroup.Name.Zh })
                        : new ComparedSpeaker(null, new Bilingual { En = s.SpeakerDescription.En, Zh = s.SpeakerDescription.Zh }),
                    s.Texts.Select(t => new SpeechTitleVersion(t.Language, t.Title)).ToList(),
                    s.Themes.Select(t => t.Slug).ToList()),
            })
            .AsSingleQuery()
            .ToListAsync(ct);

        var earlierSeminar = Seminar(earlier, themes.Where(t => t.InEarlier).Select(t => t.Link), speeches.Where(s => s.MeetingId == earlier.Id).Select(s => s.Speech));
        var laterSeminar = Seminar(later, themes.Where(t => t.InLater).Select(t => t.Link), speeches.Where(s => s.MeetingId == later.Id).Select(s => s.Speech));
        var shared = themes.Where(t => t.InEarlier && t.InLater).Select(t => t.Link).ToList();
        return new SeminarComparison(
            earlierSeminar,
            laterSeminar,
            shared,
            themes.Where(t => t.InEarlier && !t.InLater).Select(t => t.Link).ToList(),
            themes.Where(t => !t.InEarlier && t.InLater).Select(t => t.Link).ToList(),
            earlierSeminar.Speakers.Where(s => s.Href is not null).Intersect(laterSeminar.Speakers).ToList(),
            await wording.LoadAsync(earlierSeminar, laterSeminar, shared, db, ct));
    }

    /// <summary>By date, then by slug, so that the same two always stand in the same order.</summary>
    private static bool IsEarlier(MeetingRecord one, MeetingRecord other) =>
        one.StartDate != other.StartDate ? one.StartDate < other.StartDate : string.CompareOrdinal(one.Slug, other.Slug) < 0;

    private static ComparedSeminar Seminar(FoundMeeting meeting, IEnumerable<RecordLink> themes, IEnumerable<ComparedSpeech> speeches) =>
        new(meeting.Record, themes.ToList(), speeches.Select(Cleaned).ToList());

    /// <summary>A speaker the sources do not describe is no speaker to list.</summary>
    private static ComparedSpeech Cleaned(ComparedSpeech speech) =>
        speech.Speaker is { Href: null, Name.IsEmpty: true } ? speech with { Speaker = null } : speech;
}
