namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Reform themes a release touches: a theme is a candidate when one sentence holds its name, in
/// Chinese as written, in English word by word (so "improve the efficiency of scientific fund
/// funding" finds "Funding efficiency"). Each candidate carries its sentence as evidence. Only
/// strong evidence ticks a theme: named in the headline, the opening sentence or the theme the
/// release states for the meeting ("focuses on the theme of “…”"), or in three sentences or more.
/// Anything less is offered unticked, for the editor to judge: the seed release names talent,
/// funding efficiency and international cooperation in a sentence or two of the speeches, and
/// the seminar is not about them (its four themes are ticked; "two sentences" ticked eight of 19).
/// </summary>
internal static class ThemeCandidates
{
    public const int Repeated = 3;

    public static IEnumerable<DraftTheme> Find(ReleaseText release, string? statedTheme, IEnumerable<KnownName> themes, bool chinese)
    {
        foreach (var theme in themes)
        {
            var mentions = release.Sentences.Where(s => chinese ? MentionsInChinese(s, theme) : MentionsInEnglish(s, theme)).Take(Repeated).ToList();
            if (mentions.Count > 0)
            {
                var named = new[] { release.Opening, statedTheme ?? "" }.Any(s => chinese ? MentionsInChinese(s, theme) : MentionsInEnglish(s, theme));
                yield return new DraftTheme
                {
                    Slug = theme.Slug,
                    NameEn = theme.En,
                    NameZh = theme.Zh,
                    Evidence = mentions[0],
                    Selected = named || mentions.Count >= Repeated,
                };
            }
        }
    }

    private static bool MentionsInChinese(string sentence, KnownName theme) =>
        theme.ChineseForms.Any(f => sentence.Contains(f, StringComparison.Ordinal));

    private static bool MentionsInEnglish(string sentence, KnownName theme)
    {
        // A one-word name must appear as that word (or its plural): "Discipline" is not named by
        // "the disciplinary inspection group".
        if (theme.En is { } single && NameMatch.Stems(single).Count == 1)
        {
            return NameMatch.ContainsWords(sentence, single) || NameMatch.ContainsWords(sentence, single + "s");
        }

        var words = NameMatch.Stems(sentence);
        // Long names may be paraphrased by one word ("new quality productivity" for new quality
        // productive forces); short ones must appear whole.
        return theme.EnglishForms.Select(NameMatch.Stems)
            .Any(stems => stems.Count > 0 && stems.Count(words.Contains) >= (stems.Count >= 4 ? stems.Count - 1 : stems.Count));
    }
}
