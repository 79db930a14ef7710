using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// The records a confirmed draft refers to: existing ones loaded by slug (a fixed handful of
/// queries), new ones created once per name with a slug no record holds yet.
/// </summary>
internal sealed class DraftRecords
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Organisation> _organisations;
    private readonly Dictionary<string, AttendeeGroup> _groups;
    private readonly HashSet<string> _takenSlugs;
    private readonly SeminarDbContext _db;

    private DraftRecords(SeminarDbContext db, Dictionary<string, Person> people, Dictionary<string, Organisation> organisations,
        Dictionary<string, AttendeeGroup> groups, HashSet<string> takenSlugs)
    {
        (_db, _people, _organisations, _groups, _takenSlugs) = (db, people, organisations, groups, takenSlugs);
    }

    public int? SeriesId { get; private set; }

    public List<ReformTheme> SelectedThemes { get; private set; } = [];

    public static async Task<DraftRecords> LoadAsync(SeminarDbContext db, DraftSeminar draft, CancellationToken ct)
    {
        var slugs = draft.Participants.Select(p => p.MatchedSlug).Concat(draft.Participants.Select(p => p.OrganisationSlug))
            .Concat(draft.Speeches.Select(s => s.SpeakerSlug)).OfType<string>().Distinct().ToList();
        var people = await db.People.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, ct);
        var organisations = await db.Organisations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, ct);
        var groups = await db.AttendeeGroups.Where(g => slugs.Contains(g.Slug)).ToDictionaryAsync(g => g.Slug, ct);

        // New people, organisations and groups need slugs nobody holds; the three lists are short strings.
        var taken = (await db.People.Select(p => p.Slug).ToListAsync(ct))
            .Concat(await db.Organisations.Select(o => o.Slug).ToListAsync(ct))
            .Concat(await db.AttendeeGroups.Select(g => g.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var themeSlugs = draft.Themes.Where(t => t.Selected).Select(t => t.Slug).ToList();
        return new DraftRecords(db, people, organisations, groups, taken)
        {
            SeriesId = draft.SeriesSlug is null ? null
                : await db.MeetingSeries.Where(s => s.Slug == draft.SeriesSlug).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct),
            SelectedThemes = await db.ReformThemes.Where(t => themeSlugs.Contains(t.Slug)).ToListAsync(ct),
        };
    }

    public async Task<string> UniqueMeetingSlugAsync(DraftSeminar draft, CancellationToken ct)
    {
        var title = Slug.From(draft.TitleEn ?? "");
        var stem = Slug.From($"{draft.StartDate:yyyy-MM-dd} {(title.Length > 0 ? title : draft.Kind.ToString())}");
        stem = Slug.Shortened(stem, 90);
        var taken = await _db.Meetings.Where(m => m.Slug == stem || m.Slug.StartsWith(stem + "-")).Select(m => m.Slug).ToListAsync(ct);
        return Unique(stem, taken.ToHashSet(StringComparer.Ordinal));
    }

    public Participation Participation(DraftParticipant participant, int order) => new()
    {
        Role = participant.Role,
        SortOrder = order,
        Person = participant.Kind == DraftParticipantKind.Person ? Person(participant.MatchedSlug, participant) : null,
        Organisation = participant.Kind == DraftParticipantKind.Organisation
            ? Organisation(participant.MatchedSlug, participant.NameEn, participant.NameZh)
            : Organisation(participant.OrganisationSlug, participant.OrganisationName),
        Group = participant.Kind == DraftParticipantKind.Group ? Group(participant) : null,
        Position = Bilingual.Of(DraftSaver.Trimmed(participant.PositionEn), DraftSaver.Trimmed(participant.PositionZh)),
    };

    public Speech Speech(DraftSpeech speech, Language language, int order)
    {
        var speaker = new DraftParticipant { NameEn = speech.SpeakerName, Kind = speech.SpeakerKind };
        var hasSpeaker = !string.IsNullOrWhiteSpace(speech.SpeakerName) || speech.SpeakerSlug is not null;
        return new Speech
        {
            Anchor = $"{Slug.From(string.Concat(speech.Kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $" {c}" : $"{c}")))}-{order}",
            SortOrder = order,
            Kind = speech.Kind,
            SpeakerPerson = hasSpeaker && speech.SpeakerKind == DraftParticipantKind.Person ? Person(speech.SpeakerSlug, speaker) : null,
            SpeakerOrganisation = hasSpeaker && speech.SpeakerKind != DraftParticipantKind.Person ? Organisation(speech.SpeakerSlug, speech.SpeakerName) : null,
            Texts =
            {
                new SpeechText
                {
                    Language = language,
                    Title = DraftSaver.Trimmed(speech.Title) ?? (language == Language.Zh ? $"讲话{order}" : $"Speech {order}"),
                    Summary = DraftSaver.Trimmed(speech.Summary),
                    Provenance = TextProvenance.EditorialSummary,
                },
            },
        };
    }

    private Person Person(string? slug, DraftParticipant named)
    {
        if (slug is not null && _people.TryGetValue(slug, out var known))
        {
            return known;
        }

        var key = "name:" + named.Name.Trim();
        if (_people.TryGetValue(key, out var created))
        {
            return created;
        }

        var (en, zh) = Split(named.NameEn, named.NameZh);
        var person = new Person
        {
            Slug = NewSlug("person", en ?? zh!),
            Name = Bilingual.Of(en, zh),
            Honorific = Bilingual.Of(DraftSaver.Trimmed(named.HonorificEn), DraftSaver.Trimmed(named.HonorificZh)),
        };
        return _people[key] = person;
    }

    private Organisation? Organisation(string? slug, string? english, string? chinese = null)
    {
        if (slug is not null && _organisations.TryGetValue(slug, out var known))
        {
            return known;
        }

        if (DraftSaver.Trimmed(english) is null && DraftSaver.Trimmed(chinese) is null)
        {
            return null;
        }

        var (en, zh) = Split(english, chinese);
        var key = "name:" + (en ?? zh);
        if (_organisations.TryGetValue(key, out var created))
        {
            return created;
        }

        return _organisations[key] = new Organisation { Slug = NewSlug("organisation", en ?? zh!), Name = Bilingual.Of(en, zh), Kind = null };
    }

    private AttendeeGroup Group(DraftParticipant named)
    {
        if (named.MatchedSlug is not null && _groups.TryGetValue(named.MatchedSlug, out var known))
        {
            return known;
        }

        var (en, zh) = Split(named.NameEn, named.NameZh);
        var key = "name:" + (en ?? zh);
        return _groups.TryGetValue(key, out var created)
            ? created
            : _groups[key] = new AttendeeGroup { Slug = NewSlug("group", en ?? zh!), Name = Bilingual.Of(en, zh) };
    }

    /// <summary>A release in Chinese gives a Chinese name in the English field's place when the
    /// editor has not added one; keep each form in its own language.</summary>
    private static (string? En, string? Zh) Split(string? english, string? chinese)
    {
        var en = DraftSaver.Trimmed(english);
        var zh = DraftSaver.Trimmed(chinese);
        return en is not null && zh is null && ReleaseLanguage.IsChinese(en) ? (null, en) : (en, zh);
    }

    private string NewSlug(string kind, string name)
    {
        var stem = Slug.From(name);
        if (stem.Length == 0)
        {
            // Chinese-only names have no Latin letters: a stable hash stands in until an editor renames it.
            stem = $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8]}";
        }

        var slug = Unique(stem, _takenSlugs);
        _takenSlugs.Add(slug);
        return slug;
    }

    private static string Unique(string stem, HashSet<string> taken)
    {
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
