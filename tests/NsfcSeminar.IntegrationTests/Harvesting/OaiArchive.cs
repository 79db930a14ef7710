using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Harvesting;

/// <summary>A small harvestable archive: one public seminar in a series, with two speeches tagged
/// with a theme, and one meeting of each kind a harvester must never see.</summary>
internal sealed record OaiArchive(Meeting Public, MeetingSeries Series, ReformTheme Theme, Meeting Draft, Meeting StaffOnly, Meeting Archived)
{
    public string PublicId => $"oai:nsfc-seminar:meeting/{Public.Slug}";

    public string SpeechId(int index) => $"oai:nsfc-seminar:speech/{Public.Slug}/{Public.Speeches[index].Anchor}";

    public static async Task<OaiArchive> SaveAsync(SeminarDbContext db)
    {
        var theme = ArchiveBuilder.Theme("Funding efficiency", "资助效能");
        var series = new MeetingSeries { Slug = ArchiveBuilder.UniqueSlug("strategy-seminar"), Name = Bilingual.Of("Strategy seminar", "务虚研讨会") };
        var published = ArchiveBuilder.Meeting("Harvested seminar", new DateOnly(2024, 11, 16)).WithSpeeches(2, theme);
        published.Series = series;
        published.Texts.Add(new MeetingText { Language = Language.Zh, Title = "采集的研讨会", Summary = "中文摘要。", Provenance = TextProvenance.Translation });
        published.Texts[0].Summary = "An English summary.";
        published.Themes.Add(theme);
        var draft = ArchiveBuilder.Meeting("Draft seminar", new DateOnly(2024, 3, 1), PublicationStatus.Draft).WithSpeeches(1, theme);
        var staffOnly = ArchiveBuilder.Meeting("Staff seminar", new DateOnly(2024, 3, 2), visibility: Visibility.StaffOnly).WithSpeeches(1, theme);
        var archived = ArchiveBuilder.Meeting("Archived seminar", new DateOnly(2024, 3, 3), PublicationStatus.Archived).WithSpeeches(1, theme);
        db.AddRange(published, draft, staffOnly, archived);
        await db.SaveWithRevisionsAsync();
        return new OaiArchive(published, series, theme, draft, staffOnly, archived);
    }
}
