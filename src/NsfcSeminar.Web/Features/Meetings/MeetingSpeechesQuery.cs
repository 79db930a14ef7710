using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The speeches of a meeting whose visibility <see cref="MeetingRecordQuery"/> has
/// already checked, with their texts: one SQL command. Their themes come from
/// <see cref="MeetingThemesQuery"/>.</summary>
internal static class MeetingSpeechesQuery
{
    public static async Task<IReadOnlyList<SpeechItem>> ReadAsync(SeminarDbContext db, int meetingId, ILookup<int, RecordLink> themes, CancellationToken ct)
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
        return speeches.Select(s => s.Item with { Themes = themes[s.Id].ToList() }).ToList();
    }
}
