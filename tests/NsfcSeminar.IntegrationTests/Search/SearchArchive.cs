using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>A small archive whose texts the search tests know word for word.</summary>
internal sealed class SearchArchive
{
    public ReformTheme BasicResearch { get; } = ArchiveBuilder.Theme("Basic research", "基础研究");

    public ReformTheme Talent { get; } = ArchiveBuilder.Theme("Talent programmes", "人才资助");

    public ReformTheme Original { get; }

    public Person Dou { get; } = ArchiveBuilder.Person("Dou Xiankang", "窦贤康");

    public Person Li { get; } = ArchiveBuilder.Person("Li Hua", "李华");

    public Organisation Bureau { get; } = ArchiveBuilder.Organisation("Planning Bureau", "计划局");

    public Meeting Seminar2021 { get; }

    public Meeting Seminar2023 { get; }

    public SearchArchive()
    {
        Original = ArchiveBuilder.Theme("Original innovation", "原始创新", BasicResearch);
        Seminar2021 = ArchiveBuilder.Meeting("Strategy seminar 2021", new DateOnly(2021, 3, 1));
        Seminar2021.Speeches.Add(Speech("reform-keynote", SpeechKind.Keynote, Dou, null, Original,
            en: ("Reform of funding", "We funded basic research projects and will keep funding them."),
            zh: ("资助改革", "要加强基础研究，推进资助改革。")));
        Seminar2021.Speeches.Add(Speech("talent-report", SpeechKind.Report, Li, null, Talent,
            en: null,
            zh: ("人才工作汇报", "国际合作与人才资助并重。")));
        Seminar2023 = ArchiveBuilder.Meeting("Plenary 2023", new DateOnly(2023, 6, 1));
        Seminar2023.Speeches.Add(Speech("cooperation-report", SpeechKind.Report, null, Bureau, Talent,
            en: ("International cooperation", "Cooperation with partners abroad; the reform is mentioned once."),
            zh: null));
    }

    public async Task SaveAsync(SeminarDbContext db)
    {
        db.AddRange(Seminar2021, Seminar2023);
        await db.SaveWithRevisionsAsync();
    }

    public static Speech Speech(
        string anchor, SpeechKind kind, Person? person, Organisation? organisation, ReformTheme? theme,
        (string Title, string Body)? en, (string Title, string Body)? zh)
    {
        var speech = new Speech { Anchor = anchor, Kind = kind, SpeakerPerson = person, SpeakerOrganisation = organisation };
        if (en is { } english)
        {
            speech.Texts.Add(new SpeechText { Language = Language.En, Title = english.Title, BodyMarkdown = english.Body });
        }

        if (zh is { } chinese)
        {
            speech.Texts.Add(new SpeechText { Language = Language.Zh, Title = chinese.Title, BodyMarkdown = chinese.Body });
        }

        if (theme is not null)
        {
            speech.Themes.Add(theme);
        }

        return speech;
    }
}
