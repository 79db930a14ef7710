using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The speeches of a meeting whose visibility <see cref="MeetingRecordQuery"/> has
/// already checked: two SQL commands, one for the speeches with their texts, one for the themes
/// of them all.</summary>
internal static class MeetingSpeechesQuery
{
    public static async Task<IReadOnlyList<SpeechItem>> ReadAsync(SeminarDbContext db, int meetingId, CancellationToken ct)
    {
        // One row per text (a speech has one or two), so joining the texts repeats only a few
        // short columns of the speech; the themes would multiply the texts, so they come apart.
        var speeches = await db.Speeches
            .AsNoTracking()
            .Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder)
            .Select(s => new
            {
                s.Id,
                Item = new SpeechItem(
                    s.Anchor,
                    s.Kind,
                    s.SpeakerPerson == null ? null : new RecordLink(s.SpeakerPerson.Slug, new Bilingual { En = s.SpeakerPerson.Name.En, Zh = s.SpeakerPerson.Name.Zh }),
                    s.SpeakerPerson == null ? null : new Bilingual { En = s.SpeakerPerson.Honorific.En, Zh = s.SpeakerPerson.Honorific.Zh },
                    s.SpeakerOrganisation == null ? null : new RecordLink(s.SpeakerOrganisation.Slug, new Bilingual { En = s.SpeakerOrganisation.Name.En, Zh = s.SpeakerOrganisation.Name.Zh }),
                    s.Texts
                        .Select(t => new SpeechTextVersion(t.Language, t.Title, t.Summary, t.BodyMarkdown, t.Provenance, t.TranslatedBy))
                        .ToList(),
                    Array.Empty<RecordLink>(),
                    s.SpeakerGroup == null ? null : new Bilingual { En = s.SpeakerGroup.Name.En, Zh = s.SpeakerGroup.Name.Zh },
                    new Bilingual { En = s.SpeakerDescription.En, Zh = s.SpeakerDescription.Zh },
                    s.Session == null ? null : s.Session.Anchor),
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        var themes = (await db.Speeches
                .AsNoTracking()
                .Where(s => s.MeetingId == meetingId)
                .SelectMany(s => s.Themes, (s, t) => new { SpeechId = s.Id, t.SortOrder, Link = new RecordLink(t.Slug, new Bilingual { En = t.Name.En, Zh = t.Name.Zh }) })
                .OrderBy(t => t.SpeechId).ThenBy(t => t.SortOrder)
                .ToListAsync(ct))
            .ToLookup(t => t.SpeechId, t => t.Link);
        return speeches.Select(s => s.Item with { Themes = themes[s.Id].ToList() }).ToList();
    }
}
