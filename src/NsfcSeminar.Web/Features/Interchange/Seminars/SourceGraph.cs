using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Sources;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>The sessions and sources of a checked seminar record, as entities, and back.</summary>
internal static class SourceGraph
{
    public static IEnumerable<MeetingSession> Sessions(IReadOnlyList<SessionRecord> records, ArchiveSlugs slugs) =>
        records.Select((s, i) => new MeetingSession
        {
            Anchor = s.Anchor,
            SortOrder = i + 1,
            Date = s.Date,
            Title = s.Title?.ToBilingual() ?? new Bilingual(),
            ChairPersonId = slugs.People.IdOrNull(s.Chair),
        });

    public static IEnumerable<Source> Sources(IReadOnlyList<SourceRecord> records, List<Speech> speeches) =>
        records.Select((r, i) =>
        {
            var source = new Source
            {
                SortOrder = i + 1,
                Speech = speeches.Find(s => s.Anchor == r.Speech),
                Address = r.Address,
                Title = r.Title?.ToBilingual() ?? new Bilingual(),
                Publisher = r.Publisher?.ToBilingual() ?? new Bilingual(),
                PublishedOn = r.PublishedOn,
                RetrievedOn = r.RetrievedOn,
                Language = r.Language,
            };
            source.Copies.AddRange(r.Copies.Select(c => ArchivedCopies.Create(c.FileName, c.ContentType, c.Content)));
            return source;
        });

    public static SessionRecord ToRecord(MeetingSession s, ArchiveSlugs slugs) => new()
    {
        Anchor = s.Anchor,
        Date = s.Date,
        Title = BilingualText.From(s.Title),
        Chair = slugs.People.SlugOf(s.ChairPersonId),
    };

    /// <param name="anchorOf">The anchor of a stored speech, by id (a speech being imported is
    /// reached through <see cref="Source.Speech"/> instead: it has no id yet).</param>
    public static SourceRecord ToRecord(LoadedSource loaded, Func<int, string> anchorOf)
    {
        var s = loaded.Source;
        return new SourceRecord
        {
            Speech = s.Speech?.Anchor ?? (s.SpeechId is int id ? anchorOf(id) : null),
            Address = s.Address,
            Title = BilingualText.From(s.Title),
            Publisher = BilingualText.From(s.Publisher),
            PublishedOn = s.PublishedOn,
            RetrievedOn = s.RetrievedOn,
            Language = s.Language,
            Copies = [.. loaded.Copies.Select(c => new CopyRecord { FileName = c.FileName, ContentType = c.ContentType, Sha256 = c.Sha256, Content = c.Content })],
        };
    }
}
