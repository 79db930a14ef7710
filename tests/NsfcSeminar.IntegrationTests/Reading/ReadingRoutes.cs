namespace NsfcSeminar.IntegrationTests.Reading;

/// <summary>Every way a reader can read the archive, with every record of a
/// <see cref="HiddenArchive"/> in the address where the route takes one.</summary>
internal static class ReadingRoutes
{
    private static readonly string[] Languages = ["en", "zh"];

    /// <summary>Pages and data that answer each reader by their role.</summary>
    public static IEnumerable<string> ForTheReader(HiddenArchive archive)
    {
        var meetings = Everything(archive, h => h.Meeting.Slug, archive.Open.Slug);
        var people = Everything(archive, h => h.Person.Slug, archive.OpenPerson.Slug);
        var organisations = Everything(archive, h => h.Organisation.Slug, archive.OpenBureau.Slug);
        var series = Everything(archive, h => h.Series.Slug, archive.OpenSeries.Slug);
        var themes = new[] { archive.Theme.Slug, archive.QuietTheme.Slug };
        foreach (var language in Languages)
        {
            string[] pages =
            [
                "", "meetings", "themes", $"search?q={HiddenArchive.Word}", "search?q=vexmoor", $"search?q={Uri.EscapeDataString("资助改革")}",
                .. series.Select(s => $"meetings?series={s}"),
                .. meetings.Select(m => $"meetings/{m}"),
                .. meetings.Select(m => $"meetings/{m}/speeches/report/side-by-side"),
                .. meetings.Select(m => $"compare?a={archive.Open.Slug}&b={m}"),
                .. meetings.Select(m => $"compare?a={m}&b={archive.Open.Slug}"),
                .. people.Select(p => $"people/{p}"),
                .. organisations.Select(o => $"organisations/{o}"),
                .. themes.Select(t => $"themes/{t}"),
                .. Filters(people, organisations, series, themes).Select(f => $"search?{f}"),
                .. Filters(people, organisations, series, themes).Select(f => $"search?q={HiddenArchive.Word}&{f}"),
            ];
            foreach (var page in pages)
            {
                yield return $"/{language}/{page}";
            }
        }

        foreach (var filter in Filters(people, organisations, series, themes).Prepend($"q={HiddenArchive.Word}"))
        {
            yield return $"/search/export.csv?{filter}";
            yield return $"/search/export.json?{filter}";
            yield return $"/api/speeches?{filter}";
        }

        yield return "/api/meetings";
        yield return "/api/people?pageSize=100";
        yield return "/api/themes";
        foreach (var route in series.Select(s => $"/api/meetings?series={s}")
            .Concat(meetings.Select(m => $"/api/meetings/{m}"))
            .Concat(people.Select(p => $"/api/people/{p}")))
        {
            yield return route;
        }
    }

    /// <summary>Feeds and OAI-PMH, which answer everyone as an anonymous reader (ADR-007).</summary>
    public static IEnumerable<string> ForEveryone(HiddenArchive archive)
    {
        var meetings = Everything(archive, h => h.Meeting.Slug, archive.Open.Slug);
        var people = Everything(archive, h => h.Person.Slug, archive.OpenPerson.Slug);
        foreach (var language in Languages)
        {
            yield return $"/feeds/seminars.atom?lang={language}";
            yield return $"/feeds/themes/{archive.Theme.Slug}.atom?lang={language}";
            yield return $"/feeds/themes/{archive.QuietTheme.Slug}.atom?lang={language}";
            yield return $"/feeds/search?q={HiddenArchive.Word}&ui={language}";
            foreach (var person in people)
            {
                yield return $"/feeds/search?speaker={person}&ui={language}";
            }
        }

        yield return "/oai?verb=ListSets";
        yield return "/oai?verb=ListRecords&metadataPrefix=oai_dc";
        yield return "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc";
        foreach (var meeting in meetings)
        {
            yield return $"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/{meeting}";
            yield return $"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:speech/{meeting}/report";
        }

        foreach (var series in Everything(archive, h => h.Series.Slug, archive.OpenSeries.Slug))
        {
            yield return $"/oai?verb=ListRecords&metadataPrefix=oai_dc&set=series:{series}";
        }
    }

    private static string[] Everything(HiddenArchive archive, Func<HiddenSeminar, string> slug, string open) =>
        [open, .. archive.All.Select(slug)];

    private static IEnumerable<string> Filters(string[] people, string[] organisations, string[] series, string[] themes) =>
    [
        .. people.Select(p => $"speaker={p}"),
        .. organisations.Select(o => $"org={o}"),
        .. series.Select(s => $"series={s}"),
        .. themes.Select(t => $"theme={t}"),
    ];
}
