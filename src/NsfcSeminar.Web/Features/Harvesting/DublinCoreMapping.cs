using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>
/// How a meeting or a speech reads as simple Dublin Core. Texts kept in both languages give one
/// element per language, marked with <c>xml:lang</c>; <c>dc:identifier</c> is the page a reader
/// opens, in each interface language, under <paramref name="portalRoot"/> (no trailing slash).
/// </summary>
internal sealed class DublinCoreMapping(string portalRoot)
{
    public DublinCore ForMeeting(MeetingHead head, MeetingDetail detail)
    {
        var elements = new List<DcElement>();
        AddTexts(elements, detail.Texts);
        foreach (var speaker in detail.Speakers.Select(s => s.Creator).OfType<NameRow>().Distinct())
        {
            AddName(elements, "creator", speaker);
        }

        AddNames(elements, "subject", detail.Themes);
        elements.AddRange(detail.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Summary))
            .Select(t => new DcElement("description", t.Summary!, t.Language.ToBcp47())));
        elements.Add(new DcElement("date", Date(detail.StartDate)));
        elements.Add(new DcElement("type", "Event"));
        AddLanguages(elements, detail.Texts);
        elements.AddRange(PageUrls($"meetings/{head.Slug}").Select(url => new DcElement("identifier", url)));
        AddName(elements, "coverage", detail.Place);
        if (detail.Organiser is { } organiser)
        {
            AddName(elements, "contributor", organiser);
        }

        elements.AddRange(detail.Sources.Select(s => new DcElement("source", s.Reference)));

        return new DublinCore(Ordered(elements));
    }

    public DublinCore ForSpeech(SpeechHead head, SpeechDetail detail)
    {
        var elements = new List<DcElement>();
        AddTexts(elements, detail.Texts);
        if (detail.Speaker.Creator is { } creator)
        {
            AddName(elements, "creator", creator);
        }

        AddNames(elements, "subject", detail.Themes);
        elements.AddRange(detail.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Summary))
            .Select(t => new DcElement("description", t.Summary!, t.Language.ToBcp47())));
        elements.Add(new DcElement("date", Date(detail.MeetingDate)));
        elements.Add(new DcElement("type", "Text"));
        AddLanguages(elements, detail.Texts);
        elements.AddRange(PageUrls($"meetings/{head.MeetingSlug}#speech-{head.Anchor}").Select(url => new DcElement("identifier", url)));

        // The speech is part of its meeting: the meeting's page and its OAI identifier.
        elements.Add(new DcElement("relation", $"{portalRoot}/en/meetings/{head.MeetingSlug}"));
        elements.Add(new DcElement("relation", OaiIdentifier.ForMeeting(head.MeetingSlug).ToString()));
        elements.AddRange(detail.Sources.Select(s => new DcElement("source", s.Reference)));
        return new DublinCore(Ordered(elements));
    }

    private IEnumerable<string> PageUrls(string path) => [$"{portalRoot}/en/{path}", $"{portalRoot}/zh/{path}"];

    private static void AddTexts(List<DcElement> elements, List<TextRow> texts) =>
        elements.AddRange(texts.Where(t => !string.IsNullOrWhiteSpace(t.Title))
            .OrderBy(t => t.Language).Select(t => new DcElement("title", t.Title, t.Language.ToBcp47())));

    private static void AddNames(List<DcElement> elements, string name, IEnumerable<NameRow> values)
    {
        foreach (var value in values)
        {
            AddName(elements, name, value);
        }
    }

    private static void AddName(List<DcElement> elements, string name, NameRow value)
    {
        if (!string.IsNullOrWhiteSpace(value.Zh))
        {
            elements.Add(new DcElement(name, value.Zh, Language.Zh.ToBcp47()));
        }

        if (!string.IsNullOrWhiteSpace(value.En))
        {
            elements.Add(new DcElement(name, value.En, Language.En.ToBcp47()));
        }
    }

    private static void AddLanguages(List<DcElement> elements, List<TextRow> texts) =>
        elements.AddRange(texts.Select(t => t.Language).Distinct().Order().Select(l => new DcElement("language", l.ToBcp47())));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The oai_dc schema is a sequence of choices, so any order validates; grouping by
    /// element in the schema's order is kinder to the people who read the XML.</summary>
    private static List<DcElement> Ordered(List<DcElement> elements) =>
        [.. elements.OrderBy(e => Array.IndexOf(DcOrder, e.Name))];

    private static readonly string[] DcOrder =
        ["title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"];
}
