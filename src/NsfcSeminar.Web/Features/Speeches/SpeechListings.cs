using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Speeches;

internal static class SpeechListings
{
    public static readonly Expression<Func<Speech, SpeechListing>> Projection = s => new SpeechListing(
        s.Meeting.Slug,
        new Bilingual
        {
            Zh = s.Meeting.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
            En = s.Meeting.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
        },
        s.Meeting.StartDate,
        s.Anchor,
        s.Kind,
        new Bilingual
        {
            Zh = s.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
            En = s.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
        },
        s.SpeakerPerson == null ? null : new RecordLink(s.SpeakerPerson.Slug, s.SpeakerPerson.Name),
        s.SpeakerOrganisation == null ? null : new RecordLink(s.SpeakerOrganisation.Slug, s.SpeakerOrganisation.Name));

    /// <summary>Newest meeting first, in the order spoken within a meeting.</summary>
    public static Task<List<SpeechListing>> ToListingsAsync(this IQueryable<Speech> speeches, CancellationToken ct) =>
        speeches
            .OrderByDescending(s => s.Meeting.StartDate)
            .ThenBy(s => s.Meeting.Slug)
            .ThenBy(s => s.SortOrder)
            .Select(Projection)
            .ToListAsync(ct);
}
