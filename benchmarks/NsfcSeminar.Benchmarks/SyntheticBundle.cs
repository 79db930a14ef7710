using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// A synthetic archive in the interchange format, the same every time (fixed seed): a theme
/// tree, 300 organisations, 3,000 people, and seminars with eight participants and
/// <c>speechesPerSeminar</c> speeches each, every speech in Chinese and English. Written with the
/// portal's own records and settings, streaming, so a bundle of any size costs no memory.
/// </summary>
internal sealed class SyntheticBundle(int seminars, int speechesPerSeminar)
{
    private const int Themes = 40, Organisations = 300, People = 3000, Groups = 20, Series = 12, Documents = 60;

    private readonly Random _random = new(42);

    public async Task WriteAsync(Stream output)
    {
        await using var writer = new Utf8JsonWriter(output, BundleJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("format", BundleJson.FormatVersion);
        Section(writer, "themes", Enumerable.Range(0, Themes).Select(i => new ThemeRecord
        {
            Slug = $"theme-{i:D3}",
            Parent = i < 8 ? null : $"theme-{i % 8:D3}",
            SortOrder = i,
            Name = new BilingualText($"主题{i}", $"Theme {i}"),
        }));
        Section(writer, "organisations", Enumerable.Range(0, Organisations).Select(i => new OrganisationRecord
        {
            Slug = $"organisation-{i:D4}",
            Parent = i < 30 ? null : $"organisation-{i % 30:D4}",
            Kind = (OrganisationKind)(i % 12),
            Name = new BilingualText($"机构{i}", $"Organisation {i}"),
        }));
        Section(writer, "people", Enumerable.Range(0, People).Select(i => new PersonRecord
        {
            Slug = $"person-{i:D5}",
            Name = new BilingualText($"人物{i}", $"Person {i}"),
        }));
        Section(writer, "attendeeGroups", Enumerable.Range(0, Groups).Select(i => new NamedRecord { Slug = $"group-{i:D2}", Name = new BilingualText($"群体{i}", $"Group {i}") }));
        Section(writer, "series", Enumerable.Range(0, Series).Select(i => new NamedRecord { Slug = $"series-{i:D2}", Name = new BilingualText($"系列{i}", $"Series {i}") }));
        Section(writer, "documents", Enumerable.Range(0, Documents).Select(i => new DocumentRecord
        {
            Slug = $"document-{i:D3}",
            Kind = (DocumentKind)(i % 7),
            Title = new BilingualText($"文件{i}", $"Document {i}"),
        }));

        writer.WriteStartArray("seminars");
        for (var i = 0; i < seminars; i++)
        {
            JsonSerializer.Serialize(writer, Seminar(i), BundleJson.TypeInfo<SeminarRecord>());
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        output.WriteByte((byte)'\n');
    }

    private static void Section<T>(Utf8JsonWriter writer, string name, IEnumerable<T> records)
    {
        writer.WriteStartArray(name);
        foreach (var record in records)
        {
            JsonSerializer.Serialize(writer, record, BundleJson.TypeInfo<T>());
        }

        writer.WriteEndArray();
    }

    private SeminarRecord Seminar(int i)
    {
        var date = new DateOnly(2000, 1, 1).AddDays(i * 9000 / Math.Max(seminars, 1));
        var people = Enumerable.Range(0, 8).Select(_ => $"person-{_random.Next(People):D5}").Distinct().ToList();
        return new SeminarRecord
        {
            Slug = $"{date:yyyy-MM-dd}-synthetic-seminar-{i:D6}",
            Kind = (MeetingKind)(i % 6),
            Series = $"series-{i % Series:D2}",
            SequenceNumber = (i % 4) + 1,
            StartDate = date,
            Place = new BilingualText("北京", "Beijing"),
            Format = (MeetingFormat)(i % 3),
            Organiser = $"organisation-{i % Organisations:D4}",
            Status = i % 20 == 0 ? PublicationStatus.Draft : PublicationStatus.Published,
            Visibility = i % 20 == 1 ? Visibility.StaffOnly : Visibility.Public,
            Texts = new LanguageVersions<MeetingTextRecord>(
                new MeetingTextRecord { Title = $"第{i}次研讨会", Summary = Chinese(60), MinutesMarkdown = Chinese(200), Provenance = TextProvenance.Original },
                new MeetingTextRecord { Title = $"Synthetic seminar {i}", Summary = English(30), MinutesMarkdown = English(100), Provenance = TextProvenance.Translation }),
            Themes = ThemeSet(3),
            Citations = [$"document-{i % Documents:D3}"],
            Participants = [.. people.Select((p, k) => new ParticipantRecord { Role = k == 0 ? ParticipantRole.Presiding : ParticipantRole.Attendee, Person = p })],
            Speeches = [.. Enumerable.Range(0, speechesPerSeminar).Select(k => Speech(k, people[k % people.Count]))],
        };
    }

    private SpeechRecord Speech(int k, string person) => new()
    {
        Anchor = $"speech-{k + 1}",
        Kind = (SpeechKind)(k % 5),
        Person = person,
        Themes = ThemeSet(2),
        Texts = new LanguageVersions<SpeechTextRecord>(
            new SpeechTextRecord { Title = $"第{k + 1}篇讲话", BodyMarkdown = Chinese(60), Provenance = TextProvenance.Original },
            new SpeechTextRecord { Title = $"Speech {k + 1}", Summary = English(8), BodyMarkdown = English(30), Provenance = TextProvenance.Translation }),
    };

    private string[] ThemeSet(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => $"theme-{_random.Next(Themes):D3}").Distinct().Order(StringComparer.Ordinal)];

    private static readonly string[] Words =
        ["science", "fund", "reform", "basic", "research", "talent", "integrity", "innovation", "review", "funding", "original", "strong", "country"];

    private const string Hanzi = "科学基金改革基础研究人才原始创新评审资助效能守正强国自立自强新质生产力";

    private string English(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)])) + ".";

    private string Chinese(int characters) => string.Concat(Enumerable.Range(0, characters).Select(_ => Hanzi[_random.Next(Hanzi.Length)])) + "。";
}
