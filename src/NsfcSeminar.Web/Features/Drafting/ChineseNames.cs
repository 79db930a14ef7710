using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Turns the Chinese phrases that name participants into proposed participants. Chinese writes a
/// position before a name (党组书记、主任窦贤康) and an honorific after it (北京大学刘忠范院士), with
/// no spaces, so a name is found next to a title word, or as a name the archive already knows.
/// </summary>
internal static partial class ChineseNames
{
    private const string Titles = "书记|副主任|主任|副局长|局长|部长|秘书长|主席|所长|校长|院长|司长|处长|委员|院士|教授|研究员";

    public static DraftParticipant? Person(string phrase, DraftVocabulary vocabulary)
    {
        phrase = phrase.Trim();
        var known = vocabulary.PeopleIn(phrase).FirstOrDefault(m => Languages.IsHan(m.Form[0]));
        string name, before, after;
        if (known.Person is not null)
        {
            var at = phrase.IndexOf(known.Form, StringComparison.Ordinal);
            (name, before, after) = (known.Form, phrase[..at], phrase[(at + known.Form.Length)..]);
        }
        else if (TitleThenName().Match(phrase) is { Success: true } titled)
        {
            (name, before, after) = (titled.Groups["name"].Value, titled.Groups["before"].Value, "");
        }
        else if (OrganisationNameTitle().Match(phrase) is { Success: true } styled)
        {
            (name, before, after) = (styled.Groups["name"].Value, styled.Groups["org"].Value, styled.Groups["title"].Value);
        }
        else
        {
            return null;
        }

        before = before.Trim('、', '，', ' ');
        var unit = before.Length > 0 && UnitEnding().IsMatch(before) ? before : null;
        var position = string.Join("", new[] { unit is null ? before : "", after == "院士" ? "" : after });
        return new DraftParticipant
        {
            Kind = DraftParticipantKind.Person,
            NameZh = name,
            NameEn = known.Person?.En,
            MatchedSlug = known.Person?.Slug,
            HonorificZh = after == "院士" ? "院士" : null,
            HonorificEn = after == "院士" ? "Academician" : null,
            PositionZh = position.Length > 0 ? position : null,
            OrganisationName = unit,
            OrganisationSlug = unit is null ? null : vocabulary.Organisation(unit)?.Slug,
        };
    }

    public static DraftParticipant Reporter(string subject, DraftVocabulary vocabulary)
    {
        subject = Lead().Replace(subject.Trim(), "");
        if (!UnitEnding().IsMatch(subject) && Person(subject, vocabulary) is { } person)
        {
            person.Role = ParticipantRole.Reporter;
            return person;
        }

        return Unit(subject, ParticipantRole.Reporter, vocabulary);
    }

    public static IEnumerable<DraftParticipant> Attendees(string item, DraftVocabulary vocabulary)
    {
        item = item.Trim();
        if (vocabulary.Group(item) is { } group)
        {
            return [Group(group.Zh ?? item, group)];
        }

        if (vocabulary.PeopleIn(item).Any(m => Languages.IsHan(m.Form[0])) || TitleThenName().IsMatch(item))
        {
            var person = Person(item, vocabulary)!;
            person.Role = ParticipantRole.Attendee;
            return [person];
        }

        if (GroupOf().Match(item) is { Success: true } of && vocabulary.Organisation(of.Groups["org"].Value) is not null)
        {
            var members = Group(of.Groups["group"].Value, vocabulary.Group(of.Groups["group"].Value));
            members.OrganisationName = of.Groups["org"].Value;
            members.OrganisationSlug = vocabulary.Organisation(of.Groups["org"].Value)?.Slug;
            return [members];
        }

        return vocabulary.Organisation(item) is not null
            ? [Unit(item, ParticipantRole.Attendee, vocabulary)]
            : [Group(item, null)];
    }

    private static DraftParticipant Unit(string name, ParticipantRole role, DraftVocabulary vocabulary)
    {
        var known = vocabulary.Organisation(name);
        return new DraftParticipant
        {
            Role = role,
            Kind = DraftParticipantKind.Organisation,
            NameZh = known?.Zh ?? name,
            NameEn = known?.En,
            MatchedSlug = known?.Slug,
        };
    }

    private static DraftParticipant Group(string name, KnownName? known) => new()
    {
        Role = ParticipantRole.Attendee,
        Kind = DraftParticipantKind.Group,
        NameZh = known?.Zh ?? name,
        NameEn = known?.En,
        MatchedSlug = known?.Slug,
    };

    [GeneratedRegex(@"^(?<before>.*(?:" + Titles + @"))(?<name>[" + Languages.HanCharacters + @"]{2,3})$")]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"^(?<org>.*?(?:大学|学院|研究院|研究所|中心|科学院|医院|实验室))(?<name>[" + Languages.HanCharacters + @"]{2,3}?)(?<title>院士|教授|研究员|副主任|主任|所长|校长|院长)$")]
    private static partial Regex OrganisationNameTitle();

    [GeneratedRegex(@"(?:大学|学院|研究院|研究所|中心|科学院|医院|实验室|委员会|基金委|局|部|署|处|办公室|组)$")]
    private static partial Regex UnitEnding();

    [GeneratedRegex(@"^(?<org>.+?)(?<group>有关负责同志|主要负责同志|负责同志|有关负责人|有关同志)$")]
    private static partial Regex GroupOf();

    [GeneratedRegex(@"^(?:会上，|会议期间，)")]
    private static partial Regex Lead();
}
