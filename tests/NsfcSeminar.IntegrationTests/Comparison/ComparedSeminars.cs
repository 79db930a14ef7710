using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Comparison;

/// <summary>Two public seminars four years apart, named so that every group of the comparison
/// has members: themes shared (one on the seminar, one on a speech), dropped and new; a person
/// who spoke at both, one who spoke only at the earlier, a bureau only at the later.</summary>
internal sealed class ComparedSeminars
{
    public const string EarlierEnglish = "Peer evaluation shapes every evaluation; evaluation panels meet. Basic research matters.";
    public const string LaterEnglish = "Research integrity guides integrity checks; integrity training follows. Basic research matters.";
    public const string EarlierChinese = "同行评审很重要，评审专家认真评审。基础研究";
    public const string LaterChinese = "科研诚信很重要，诚信建设需要诚信文化。基础研究";

    public ReformTheme Integrity { get; } = ArchiveBuilder.Theme("Research integrity", "科研诚信");

    public ReformTheme Talent { get; } = ArchiveBuilder.Theme("Talent", "人才");

    public ReformTheme Evaluation { get; } = ArchiveBuilder.Theme("Evaluation reform", "评价改革");

    public ReformTheme OpenScience { get; } = ArchiveBuilder.Theme("Open science", "开放科学");

    public Person Both { get; } = ArchiveBuilder.Person("Wen Bothways", "文两届");

    public Person OnlyEarlier { get; } = ArchiveBuilder.Person("Lu Earlyone", "陆先发");

    public Organisation OnlyLater { get; } = ArchiveBuilder.Organisation("Later Bureau", "后来局");

    public Meeting Earlier { get; }

    public Meeting Later { get; }

    private ComparedSeminars(Visibility laterVisibility, PublicationStatus laterStatus)
    {
        Earlier = ArchiveBuilder.Meeting("Seminar on evaluation", new DateOnly(2020, 6, 1));
        Earlier.Themes.Add(Talent);
        Earlier.WithText(Both, null, EarlierEnglish, EarlierChinese, Integrity)
            .WithText(OnlyEarlier, null, "Evaluation of evaluation.", null, Evaluation);

        Later = ArchiveBuilder.Meeting("Seminar on integrity", new DateOnly(2024, 6, 1), laterStatus, laterVisibility);
        Later.Themes.AddRange([Integrity, OpenScience]);
        Later.WithText(Both, null, LaterEnglish, LaterChinese, Integrity, Talent)
            .WithText(null, OnlyLater, "Open data and open access.", null, OpenScience);
    }

    public static async Task<ComparedSeminars> SaveAsync(
        SeminarDbContext db, Visibility laterVisibility = Visibility.Public, PublicationStatus laterStatus = PublicationStatus.Published)
    {
        var seminars = new ComparedSeminars(laterVisibility, laterStatus);
        db.AddRange(seminars.Earlier, seminars.Later);
        await db.SaveWithRevisionsAsync();
        return seminars;
    }
}

internal static class WordedSpeeches
{
    /// <summary>Adds a speech with these texts (Chinese only when given), speaker and themes.</summary>
    public static Meeting WithText(this Meeting meeting, Person? person, Organisation? organisation, string english, string? chinese, params ReformTheme[] themes)
    {
        meeting.WithSpeech(person, organisation, themes);
        var texts = meeting.Speeches[^1].Texts;
        texts.Clear();
        texts.Add(new SpeechText { Language = Language.En, Title = $"Remarks {meeting.Speeches.Count}", BodyMarkdown = english });
        if (chinese is not null)
        {
            texts.Add(new SpeechText { Language = Language.Zh, Title = $"发言{meeting.Speeches.Count}", BodyMarkdown = chinese, Provenance = TextProvenance.Translation });
        }

        return meeting;
    }
}
