using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// The content of a seminar just copied, as its first revision keeps it, built from the entities
/// the import wrote (keys assigned) instead of read back from the database: the same snapshot
/// <see cref="SnapshotReader"/> reads, in the same order (by sort order; texts by language code;
/// themes by slug, ordinally as the C.UTF-8 collation sorts them). A test pins that they agree.
/// </summary>
internal static class CopiedSnapshots
{
    public static RecordState Of(Meeting m, ArchiveSlugs slugs)
    {
        var self = new RecordRef(m.Id, m.Slug);
        return new RecordState(RecordType.Meeting, m.Id, m.Slug, new MeetingSnapshot(
            m.Slug, m.Kind, Ref(m.SeriesId, slugs.Series), m.SequenceNumber, TextPair.Of(m.SequenceTerm), m.StartDate, m.EndDate,
            TextPair.Of(m.Place), m.Format, Ref(m.OrganiserId, slugs.Organisations), m.Status, m.Visibility, m.IsSample, m.PublishedAt,
            [.. m.Texts.OrderBy(t => t.Language.Code(), StringComparer.Ordinal)
                .Select(t => new MeetingTextSnapshot(t.Language, t.Title, t.StatedTheme, t.Summary, t.MinutesMarkdown, t.Provenance, t.TranslatedBy))],
            [.. m.Participations.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => new ParticipationSnapshot(
                p.Id, p.Role, p.SortOrder, Ref(p.PersonId, slugs.People), Ref(p.OrganisationId, slugs.Organisations), Ref(p.GroupId, slugs.Groups),
                TextPair.Of(p.Position), TextPair.Of(p.Note), p.GroupSize, p.GroupSizeIsMinimum))],
            [.. m.Speeches.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => Speech(s, self, slugs))],
            [.. m.Citations.OrderBy(c => c.SortOrder).Select(c => new CitationSnapshot(Ref(c.DocumentId, slugs.Documents)!, c.SortOrder))],
            Themes(m.Themes),
            [.. m.Sessions.OrderBy(s => s.SortOrder).Select(s => new SessionSnapshot(s.Anchor, s.SortOrder, s.Date, TextPair.Of(s.Title), Ref(s.ChairPersonId, slugs.People)))],
            [.. m.Sources.OrderBy(s => s.SortOrder).Select(s => new SourceSnapshot(
                s.SortOrder, s.Speech?.Anchor, s.Address, TextPair.Of(s.Title), TextPair.Of(s.Publisher), s.PublishedOn, s.RetrievedOn, s.Language,
                [.. s.Copies.Select(c => c.Sha256).Order(StringComparer.Ordinal)]))]));
    }

    private static SpeechSnapshot Speech(Speech s, RecordRef meeting, ArchiveSlugs slugs) => new(
        s.Id,
        meeting,
        s.Anchor,
        s.SortOrder,
        s.Kind,
        Ref(s.SpeakerPersonId, slugs.People),
        Ref(s.SpeakerOrganisationId, slugs.Organisations),
        [.. s.Texts.OrderBy(t => t.Language.Code(), StringComparer.Ordinal)
            .Select(t => new SpeechTextSnapshot(t.Language, t.Title, t.Summary, t.BodyMarkdown, t.Provenance, t.TranslatedBy))],
        Themes(s.Themes),
        Ref(s.SpeakerGroupId, slugs.Groups),
        TextPair.Of(s.SpeakerDescription),
        s.Session?.Anchor);

    private static List<RecordRef> Themes(List<ReformTheme> themes) =>
        [.. themes.Select(t => new RecordRef(t.Id, t.Slug)).OrderBy(t => t.Slug, StringComparer.Ordinal)];

    private static RecordRef? Ref(int? id, SlugIndex index) => id is { } value ? new RecordRef(value, index.SlugOf(value)!) : null;
}
