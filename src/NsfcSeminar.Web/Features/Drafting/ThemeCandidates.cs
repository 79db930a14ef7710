namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Reform themes a release touches: a theme is a candidate when one sentence holds its name, in
/// Chinese as written, in English word by word (so "improve the efficiency of scientific fund
/// funding" finds "Funding efficiency"). Each candidate carries its sentence as evidence.
/// </summary>
internal static class ThemeCandidates
{
    public static IEnumerable<DraftTheme> Find(ReleaseText release, IEnumerable<KnownName> themes, bool chinese)
    {
        foreach (var theme in themes)
        {
            var evidence = release.Sentences.FirstOrDefault(s => chinese ? MentionsInChinese(s, theme) : MentionsInEnglish(s, theme));
            if (evidence is not null)
            {
                yield return new DraftTheme
                {
                    Slug = theme.Slug,
                    Name = (chinese ? theme.Zh ?? theme.En : theme.En ?? theme.Zh) ?? theme.Slug,
                    Evidence = evidence,
                    Selected = true,
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
