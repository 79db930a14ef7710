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
                };
            }
        }
    }

    private static bool MentionsInChinese(string sentence, KnownName theme) =>
        theme.ChineseForms.Any(f => sentence.Contains(f, StringComparison.Ordinal));

    private static bool MentionsInEnglish(string sentence, KnownName theme)
    {
        var words = NameMatch.Stems(sentence);
        return theme.EnglishForms.Select(NameMatch.Stems).Any(stems => stems.Count > 0 && stems.IsSubsetOf(words));
    }
}
