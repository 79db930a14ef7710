using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>
/// A seminar with both titles, a summary and English-only minutes, whose speeches are in one
/// language, in both, or in none: every case where a result could borrow another record's words.
/// </summary>
internal sealed class TruthArchive
{
    public const string MarkdownBody = """
        ## Task Aim

        ---

        | Task | Aim |
        |---|---|
        | **evaluation** reform | [open review](https://example.org/review) |

        > Quoted *evaluation* with `code` and ~~strike~~.

        - first point
        - second point
        """;

    public ReformTheme Evaluation { get; } = ArchiveBuilder.Theme("Evaluation reform", "评价改革");

    public Person Dou { get; } = ArchiveBuilder.Person("Dou Xiankang", "窦贤康");

    public Person Li { get; } = ArchiveBuilder.Person("Li Hua", "李华");

    public Organisation Bureau { get; } = ArchiveBuilder.Organisation("Planning Bureau", "计划局");

    public MeetingSeries Series { get; } = new() { Slug = ArchiveBuilder.UniqueSlug("strategy-seminars"), Name = Bilingual.Of("Strategy seminars", "战略研讨会") };

    public Meeting Seminar { get; }

    public TruthArchive()
    {
        Seminar = ArchiveBuilder.Meeting("Seminar on evaluation", new DateOnly(2024, 5, 6));
        Seminar.Series = Series;
        var english = Seminar.Texts.Single();
        english.Summary = "The seminar's own summary.";
        english.MinutesMarkdown = "Minutes kept in **English** only: evaluation was discussed.";
        Seminar.Texts.Add(new MeetingText { Language = Language.Zh, Title = "评价改革研讨会", Summary = "研讨会摘要。", Provenance = TextProvenance.Translation });

        // English only, no summary of its own, Markdown-heavy.
        var keynote = Speech("keynote", SpeechKind.Keynote, Dou, null);
        keynote.Texts.Add(new SpeechText { Language = Language.En, Title = "Evaluation for basic research", BodyMarkdown = MarkdownBody });
        keynote.Themes.Add(Evaluation);

        // No text at all: its title is made from its kind and speaker.
        var presiding = Speech("presiding", SpeechKind.PresidingSpeech, Li, null);

        // Both languages, Chinese the original, a summary in English only.
        var report = Speech("report", SpeechKind.Report, null, Bureau);
        report.Texts.Add(new SpeechText
        {
            Language = Language.En, Title = "Report on evaluation", Summary = "The report's own summary.", BodyMarkdown = "The bureau reports on *evaluation*.",
            Provenance = TextProvenance.Translation, TranslatedBy = "Portal editors",
        });
        report.Texts.Add(new SpeechText { Language = Language.Zh, Title = "评价工作汇报", BodyMarkdown = "计划局汇报**评价**工作。", Provenance = TextProvenance.Original });
        report.Themes.Add(Evaluation);
        Seminar.Speeches.AddRange([keynote, presiding, report]);
        for (var i = 0; i < Seminar.Speeches.Count; i++)
        {
            Seminar.Speeches[i].SortOrder = i + 1;
        }
    }

    public string Anchor(string anchor) => $"meetings/{Seminar.Slug}#speech-{anchor}";

    /// <summary>A fresh database holding this archive alone.</summary>
    public static async Task<TruthArchive> StoreAsync(DatabaseFixture fixture)
    {
        await fixture.ResetAsync();
        var archive = new TruthArchive();
        await using var db = fixture.CreateDbContext();
        db.Add(archive.Seminar);
        await db.SaveWithRevisionsAsync();
        return archive;
    }

    private static Speech Speech(string anchor, SpeechKind kind, Person? person, Organisation? organisation) => new()
    {
        Anchor = anchor,
        Kind = kind,
        SpeakerPerson = person,
        SpeakerOrganisation = organisation,
    };
}
