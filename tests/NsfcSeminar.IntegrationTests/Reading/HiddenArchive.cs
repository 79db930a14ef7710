using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Reading;

/// <summary>One hidden seminar (a draft, an archived or a staff-only one) with a person, an
/// organisation, a series and a group that appear nowhere else, each with a distinctive name in
/// both languages, so a leak shows as the name in any answer.</summary>
internal sealed record HiddenSeminar(Meeting Meeting, Person Person, Organisation Organisation, MeetingSeries Series, AttendeeGroup Group)
{
    /// <summary>Everything a reader who may not see the seminar must never be told.</summary>
    public IEnumerable<string> Secrets =>
    [
        Person.Name.En!, Person.Name.Zh!, Person.Slug,
        Organisation.Name.En!, Organisation.Name.Zh!, Organisation.Slug,
        Series.Name.En!, Series.Name.Zh!, Series.Slug,
        Group.Name.En!, Group.Name.Zh!,
        Meeting.Texts[0].Title, Meeting.Slug,
    ];
}

/// <summary>A public seminar beside a draft, an archived and a staff-only one. Every seminar has
/// a speech on the same theme with the word "reform", so searches, feeds and the theme page
/// would carry the hidden ones if the rule failed.</summary>
internal sealed class HiddenArchive
{
    public const string Word = "reform";

    public ReformTheme Theme { get; } = ArchiveBuilder.Theme("Vexmoor funding reform", "资助改革");

    /// <summary>A theme only the hidden seminars' speeches carry.</summary>
    public ReformTheme QuietTheme { get; } = ArchiveBuilder.Theme("Vexmoor quiet theme", "静默主题");

    public Person OpenPerson { get; } = ArchiveBuilder.Person("Halden Open Speaker", "公开发言人");

    public Organisation OpenBureau { get; } = ArchiveBuilder.Organisation("Halden Open Bureau", "公开局");

    public MeetingSeries OpenSeries { get; } = Series("halden-open", "Halden open series", "公开系列");

    public Meeting Open { get; }

    public HiddenSeminar Draft { get; }

    public HiddenSeminar Archived { get; }

    public HiddenSeminar StaffOnly { get; }

    public IReadOnlyList<HiddenSeminar> All => [Draft, Archived, StaffOnly];

    private HiddenArchive()
    {
        Open = Seminar("Halden open seminar", PublicationStatus.Published, Visibility.Public, OpenPerson, OpenBureau, OpenSeries, null);
        Draft = Hidden("draft", "草稿", PublicationStatus.Draft, Visibility.Public);
        Archived = Hidden("archived", "存档", PublicationStatus.Archived, Visibility.Public);
        StaffOnly = Hidden("staffonly", "内部", PublicationStatus.Published, Visibility.StaffOnly);
    }

    /// <summary>What <paramref name="maySeeStaffOnly"/> readers must never be told.</summary>
    public IEnumerable<string> SecretsFor(bool maySeeStaffOnly) =>
        (maySeeStaffOnly ? [Draft, Archived] : All).SelectMany(h => h.Secrets);

    public static async Task<HiddenArchive> SaveAsync(SeminarDbContext db)
    {
        var archive = new HiddenArchive();
        db.Meetings.AddRange([archive.Open, .. archive.All.Select(h => h.Meeting)]);
        await db.SaveWithRevisionsAsync();
        return archive;
    }

    private HiddenSeminar Hidden(string kind, string chinese, PublicationStatus status, Visibility visibility)
    {
        var person = ArchiveBuilder.Person($"Vexmoor {kind} person", $"{chinese}人物甲");
        person.Slug = ArchiveBuilder.UniqueSlug($"vexmoor-{kind}-person");

        // A unit of the open bureau, so the open bureau's page would list it if the rule failed.
        var organisation = ArchiveBuilder.Organisation($"Vexmoor {kind} bureau", $"{chinese}局乙", OpenBureau);
        var series = Series($"vexmoor-{kind}-series", $"Vexmoor {kind} series", $"{chinese}系列丙");
        var group = new AttendeeGroup { Slug = ArchiveBuilder.UniqueSlug($"vexmoor-{kind}-group"), Name = Bilingual.Of($"Vexmoor {kind} group", $"{chinese}组丁") };
        var meeting = Seminar($"Vexmoor {kind} seminar", status, visibility, person, organisation, series, group);
        return new HiddenSeminar(meeting, person, organisation, series, group);
    }

    /// <summary>A seminar organised by <paramref name="organisation"/>, in <paramref name="series"/>,
    /// with the person representing it, the organisation and the group as participants, and a
    /// speech by the person for the organisation on the theme.</summary>
    private Meeting Seminar(
        string title, PublicationStatus status, Visibility visibility, Person person, Organisation organisation, MeetingSeries series, AttendeeGroup? group)
    {
        var meeting = ArchiveBuilder.Meeting(title, new DateOnly(2024, 6, 1), status, visibility);
        meeting.Series = series;
        meeting.Organiser = organisation;
        meeting.Themes.Add(Theme);
        meeting.Participations.Add(new Participation { Role = ParticipantRole.Reporter, Person = person, Organisation = organisation, SortOrder = 1 });
        meeting.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Organisation = organisation, SortOrder = 2 });
        if (group is not null)
        {
            meeting.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Group = group, SortOrder = 3 });
        }

        meeting.Speeches.Add(new Speech
        {
            Anchor = "report",
            Kind = SpeechKind.Report,
            SpeakerPerson = person,
            SpeakerOrganisation = organisation,
            Texts =
            {
                new SpeechText { Language = Language.En, Title = $"Report of {title}", BodyMarkdown = "On funding reform." },
                new SpeechText { Language = Language.Zh, Title = "改革报告", BodyMarkdown = "关于资助改革。", Provenance = TextProvenance.Translation },
            },
            Themes = { Theme },
        });
        if (group is not null)
        {
            meeting.Speeches[0].Themes.Add(QuietTheme);
        }

        return meeting;
    }

    private static MeetingSeries Series(string stem, string english, string chinese) =>
        new() { Slug = ArchiveBuilder.UniqueSlug(stem), Name = Bilingual.Of(english, chinese) };
}
