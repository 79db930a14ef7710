using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Small records with unique slugs, so no test depends on another's leftovers.</summary>
internal static class ArchiveBuilder
{
    private static int _sequence;

    public static string UniqueSlug(string stem) => $"{stem}-{Interlocked.Increment(ref _sequence)}";

    public static Person Person(string english, string? chinese = null) => new()
    {
        Slug = UniqueSlug(NsfcSeminar.Data.Model.Slug.From(english)),
        Name = Bilingual.Of(english, chinese),
    };

    public static Organisation Organisation(string english, string? chinese = null, Organisation? parent = null) => new()
    {
        Slug = UniqueSlug(NsfcSeminar.Data.Model.Slug.From(english)),
        Name = Bilingual.Of(english, chinese),
        Kind = OrganisationKind.Bureau,
        Parent = parent,
    };

    public static ReformTheme Theme(string english, string? chinese = null, ReformTheme? parent = null) => new()
    {
        Slug = UniqueSlug(NsfcSeminar.Data.Model.Slug.From(english)),
        Name = Bilingual.Of(english, chinese),
        Parent = parent,
    };

    public static Meeting Meeting(
        string title,
        DateOnly date,
        PublicationStatus status = PublicationStatus.Published,
        Visibility visibility = Visibility.Public) => new()
        {
            Slug = UniqueSlug(NsfcSeminar.Data.Model.Slug.From(title)),
            Kind = MeetingKind.Seminar,
            StartDate = date,
            Place = Bilingual.Of("Beijing", "北京"),
            Status = status,
            Visibility = visibility,
            Texts = { new MeetingText { Language = Language.En, Title = title, Provenance = TextProvenance.Original } },
        };

    /// <summary>Adds <paramref name="count"/> speeches, each by a new person, with text in both
    /// languages and a theme, to exercise every collection the meeting page loads.</summary>
    public static Meeting WithSpeeches(this Meeting meeting, int count, ReformTheme theme)
    {
        for (var i = 1; i <= count; i++)
        {
            var speaker = Person($"Speaker {i}");
            meeting.Participations.Add(new Participation { Role = ParticipantRole.KeynoteSpeaker, Person = speaker, SortOrder = i });
            var speech = new Speech
            {
                Anchor = $"speech-{i}",
                SortOrder = i,
                Kind = SpeechKind.Keynote,
                SpeakerPerson = speaker,
                Texts =
                {
                    new SpeechText { Language = Language.En, Title = $"Speech {i}", BodyMarkdown = $"Text of speech **{i}**." },
                    new SpeechText { Language = Language.Zh, Title = $"讲话{i}", BodyMarkdown = $"第{i}篇讲话。", Provenance = TextProvenance.Translation },
                },
            };
            speech.Themes.Add(theme);
            meeting.Speeches.Add(speech);
        }

        return meeting;
    }

    public static async Task<T> SaveAsync<T>(this T entity, SeminarDbContext db)
        where T : class
    {
        db.Add(entity);
        await db.SaveWithRevisionsAsync();
        return entity;
    }
}
