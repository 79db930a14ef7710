using System.Globalization;
using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Turns the English phrases that name participants into proposed participants: "specially
/// invited scientist representative Academician Liu Zhongfan of Peking University", "Li Jinghai,
/// Chairman of the Advisory Committee", "relevant leaders of the Science and Technology Audit
/// Bureau". Existing records are preferred; anything unmatched is proposed as new.
/// </summary>
internal static partial class EnglishNames
{
    private const string Titles = @"Academician|Professor|Prof\.|Deputy Director|Director-General|Director|Vice President|President|Dr\.|Researcher|Secretary-General|Secretary General|Deputy Secretary|Secretary|Vice Chairman|Chairman|Chairwoman|Comrade|Mr\.|Ms\.";

    public static IEnumerable<string> SplitList(string subject) => MergePositions(ListSeparator().Split(subject));

    public static IEnumerable<string> SplitSpeakers(string subject) => MergePositions(SpeakerSeparator().Split(subject));

    public static DraftParticipant? Person(string phrase, DraftVocabulary vocabulary)
    {
        phrase = Lead().Replace(phrase.Trim(), "");
        var comma = phrase.IndexOf(',', StringComparison.Ordinal);
        var head = comma < 0 ? phrase : phrase[..comma];
        var position = comma < 0 ? null : phrase[(comma + 1)..].Trim().TrimEnd(',');
        var known = vocabulary.PeopleIn(head).FirstOrDefault();
        var parsed = PersonPhrase().Match(head.Trim());
        if (!parsed.Success && known.Person is null)
        {
            return null;
        }

        var titles = parsed.Success ? parsed.Groups["titles"].Value.Trim() : "";
        var academician = titles.Contains("Academician", StringComparison.Ordinal);
        titles = titles.Replace("Academician", "", StringComparison.Ordinal).Trim();
        var organisation = parsed.Success && parsed.Groups["org"].Success ? parsed.Groups["org"].Value.Trim() : null;
        var person = new DraftParticipant
        {
            Kind = DraftParticipantKind.Person,
            NameEn = known.Person?.En ?? parsed.Groups["name"].Value,
            NameZh = known.Person?.Zh,
            MatchedSlug = known.Person?.Slug,
            HonorificEn = academician ? "Academician" : null,
            HonorificZh = academician ? "院士" : null,
            PositionEn = position ?? (titles.Length > 0 ? titles : null),
            OrganisationName = organisation,
            OrganisationSlug = organisation is null ? null : vocabulary.Organisation(organisation)?.Slug,
        };
        return person;
    }

    /// <summary>Who "reported on" something: a person when named so, otherwise a unit.</summary>
    public static DraftParticipant Reporter(string subject, DraftVocabulary vocabulary)
    {
        subject = Lead().Replace(subject.Trim(), "");
        var looksLikeUnit = UnitWord().IsMatch(subject) && !subject.Contains(',', StringComparison.Ordinal) && !StartsWithTitle().IsMatch(subject);
        if (!looksLikeUnit && Person(subject, vocabulary) is { } person)
        {
            person.Role = ParticipantRole.Reporter;
            return person;
        }

        return Unit(subject, ParticipantRole.Reporter, vocabulary);
    }

    public static DraftParticipant Attendee(string item, DraftVocabulary vocabulary)
    {
        item = Lead().Replace(item.Trim(), "");
        if (vocabulary.Group(item) is { } group)
        {
            return Group(item, group, ParticipantRole.Attendee);
        }

        if (vocabulary.PeopleIn(item).Any() || (item.Contains(',', StringComparison.Ordinal) && Person(item, vocabulary) is not null))
        {
            var person = Person(item, vocabulary)!;
            person.Role = ParticipantRole.Attendee;
            return person;
        }

        if (GroupOf().Match(item) is { Success: true } of && vocabulary.Organisation(of.Groups["org"].Value) is { } owner)
        {
            var members = Group(of.Groups["group"].Value, vocabulary.Group(of.Groups["group"].Value), ParticipantRole.Attendee);
            members.OrganisationName = of.Groups["org"].Value;
            members.OrganisationSlug = owner.Slug;
            return members;
        }

        if (vocabulary.Organisation(item) is not null)
        {
            return Unit(item, ParticipantRole.Attendee, vocabulary);
        }

        // A bare name ("Zhang Wei"): a person not yet in the archive. Anything else is a group.
        if (PersonPhrase().Match(item) is { Success: true } name && name.Groups["descriptor"].Length == 0 && !name.Groups["org"].Success
            && !UnitWord().IsMatch(item) && Person(item, vocabulary) is { } newcomer)
        {
            newcomer.Role = ParticipantRole.Attendee;
            return newcomer;
        }

        return Group(item, null, ParticipantRole.Attendee);
    }

    public static DraftParticipant Copy(DraftParticipant person, ParticipantRole role) => new()
    {
        Role = role,
        Kind = person.Kind,
        NameEn = person.NameEn,
        NameZh = person.NameZh,
        MatchedSlug = person.MatchedSlug,
        HonorificEn = person.HonorificEn,
        HonorificZh = person.HonorificZh,
        PositionEn = person.PositionEn,
        PositionZh = person.PositionZh,
        OrganisationName = person.OrganisationName,
        OrganisationSlug = person.OrganisationSlug,
    };

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static DraftParticipant Unit(string name, ParticipantRole role, DraftVocabulary vocabulary)
    {
        var known = vocabulary.Organisation(name);
        return new DraftParticipant
        {
            Role = role,
            Kind = DraftParticipantKind.Organisation,
            NameEn = known?.En ?? Capitalise(name),
            NameZh = known?.Zh,
            MatchedSlug = known?.Slug,
        };
    }

    private static DraftParticipant Group(string name, KnownName? known, ParticipantRole role) => new()
    {
        Role = role,
        Kind = DraftParticipantKind.Group,
        NameEn = known?.En ?? Capitalise(name),
        NameZh = known?.Zh,
        MatchedSlug = known?.Slug,
    };

    /// <summary>"Li Jinghai, Chairman of the Advisory Committee" was cut at its comma; a piece
    /// that is only a position belongs to the name before it.</summary>
    private static List<string> MergePositions(IEnumerable<string> pieces)
    {
        var items = new List<string>();
        foreach (var piece in pieces.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (items.Count > 0 && PositionOnly().IsMatch(piece))
            {
                items[^1] = $"{items[^1]}, {piece}";
            }
            else
            {
                items.Add(piece);
            }
        }

        return items;
    }

    [GeneratedRegex(@",\s*(?:and\s+)?|;\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+(?=(?:[a-z]+\s+)*(?:" + Titles + @")\s)")]
    private static partial Regex SpeakerSeparator();

    [GeneratedRegex(@"^(?:(?:At|During) the (?:meeting|seminar|session),\s*)?(?:the\s+|The\s+)?")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?<descriptor>(?:[a-z][\w()-]*\s+)*)(?<titles>(?:(?:" + Titles + @")\s+)*)(?<name>[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})(?:\s+(?:of|from)\s+(?:the\s+)?(?<org>.+))?$")]
    private static partial Regex PersonPhrase();

    [GeneratedRegex(@"^(?:" + Titles + @")(?:\s+(?:of|and|for)\b.*)?$")]
    private static partial Regex PositionOnly();

    [GeneratedRegex(@"^(?:" + Titles + @")\s")]
    private static partial Regex StartsWithTitle();

    [GeneratedRegex(@"\b(?:Bureau|Department|Ministry|Office|Commission|Committee|Center|Centre|University|Institute|Academy|Foundation|Division|Secretariat|Council|Group|Team)\b")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^(?<group>(?:[a-z()-]+\s+)*(?:leaders|representatives|directors|members|heads|officials|cadres|comrades|staff))\s+(?:of|from)\s+(?:the\s+)?(?<org>.+)$")]
    private static partial Regex GroupOf();
}
