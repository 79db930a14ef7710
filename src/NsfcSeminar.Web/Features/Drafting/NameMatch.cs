using System.Globalization;
using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Loose comparison of names as press releases write them: "the Ministry of Information Science"
/// for the Department of Information Sciences, "directors (part-time) of various science
/// departments". English compares significant words by their first five letters (a crude stem);
/// Chinese compares character pairs. Both score with the Dice coefficient.
/// </summary>
internal static partial class NameMatch
{
    /// <summary>Below this a name is proposed as a new record rather than matched.</summary>
    public const double Threshold = 0.6;

    private static readonly HashSet<string> StopWords =
        ["the", "of", "and", "in", "at", "or", "on", "for", "to", "a", "an", "its", "by", "with", "various", "relevant", "all"];

    public static bool SameEnglish(string a, string b) =>
        string.Equals(Spaces().Replace(a.Trim(), " "), Spaces().Replace(b.Trim(), " "), StringComparison.OrdinalIgnoreCase);

    public static bool ContainsWords(string text, string phrase) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static KnownName? Best(IEnumerable<KnownName> candidates, string name)
    {
        var scored = candidates
            .Select(c => (Candidate: c, Score: c.EnglishForms.Concat(c.ChineseForms).Select(f => Score(f, name)).DefaultIfEmpty(0).Max()))
            .Where(s => s.Score >= Threshold)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Candidate.EnglishForms.Concat(s.Candidate.ChineseForms).Select(f => CharacterScore(f, name)).DefaultIfEmpty(0).Max())
            .FirstOrDefault();
        return scored.Candidate;
    }

    public static double Score(string a, string b)
    {
        if (ReleaseLanguage.IsChinese(a) != ReleaseLanguage.IsChinese(b))
        {
            return 0;
        }

        var (x, y) = ReleaseLanguage.IsChinese(a) ? (Bigrams(a), Bigrams(b)) : (Stems(a), Stems(b));
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }

    /// <summary>Breaks ties between equally scored names by their letters: "Ministry of Information
    /// Science" is nearer the Department of Information Sciences than the Ministry of Science and
    /// Technology, though each shares two words with it.</summary>
    public static double CharacterScore(string a, string b)
    {
        var (x, y) = (Bigrams(a.ToLower(CultureInfo.InvariantCulture)), Bigrams(b.ToLower(CultureInfo.InvariantCulture)));
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }

    /// <summary>Significant words of an English text, cut to five letters.</summary>
    public static HashSet<string> Stems(string text) =>
        [.. Words().Matches(text.ToLower(CultureInfo.InvariantCulture))
            .Select(m => m.Value)
            .Where(w => !StopWords.Contains(w))
            .Select(w => w.Length > 5 ? w[..5] : w)];

    private static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        return chars.Length == 1 ? [chars[0].ToString()] : [.. Enumerable.Range(0, Math.Max(0, chars.Length - 1)).Select(i => new string(chars, i, 2))];
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
