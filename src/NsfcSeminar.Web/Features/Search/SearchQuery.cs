using System.Globalization;
using System.Text;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>A word or a quoted phrase, in any script.</summary>
public sealed record SearchTerm(string Text, bool IsPhrase);

/// <summary>
/// What a reader typed, understood: every group must match (a group is one term, or several
/// joined by OR), and no excluded term may. Parsing never fails: unbalanced quotes close at the
/// end, lone operators are dropped, symbols-only tokens (emoji, punctuation) are ignored.
/// </summary>
public sealed record SearchQuery(
    IReadOnlyList<IReadOnlyList<SearchTerm>> Groups,
    IReadOnlyList<SearchTerm> Excluded,
    bool WasTruncated)
{
    /// <summary>Longer input is cut here: no real query needs more, and it bounds the work.</summary>
    public const int MaxLength = 200;

    public const int MaxTerms = 12;

    public static readonly SearchQuery Empty = new([], [], false);

    public bool HasTerms => Groups.Count > 0;

    /// <summary>The terms to highlight in snippets.</summary>
    public IEnumerable<string> PositiveTerms => Groups.SelectMany(g => g).Select(t => t.Text);

    public static SearchQuery Parse(string? input)
    {
        var (text, truncated) = Clean(input);
        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var joinNext = false;
        foreach (var token in SearchTokens.Read(text))
        {
            if (token.IsOr)
            {
                joinNext = groups.Count > 0;
                continue;
            }

            if (groups.Sum(g => g.Count) + excluded.Count >= MaxTerms)
            {
                truncated = true;
                break;
            }

            if (token.IsExcluded)
            {
                excluded.Add(token.Term);
            }
            else if (joinNext)
            {
                groups[^1].Add(token.Term);
            }
            else
            {
                groups.Add([token.Term]);
            }

            joinNext = false;
        }

        return new SearchQuery(groups, excluded, truncated);
    }

    /// <summary>Full-width forms folded (ＡＢＣ, ＂), control and format characters and broken
    /// surrogate halves removed, then cut to <see cref="MaxLength"/>.</summary>
    private static (string Text, bool Truncated) Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ("", false);
        }

        var head = input.Length > MaxLength * 4 ? input[..(MaxLength * 4)] : input;
        var builder = new StringBuilder(head.Length);
        for (var i = 0; i < head.Length; i++)
        {
            var c = head[i];
            if (char.IsHighSurrogate(c) && i + 1 < head.Length && char.IsLowSurrogate(head[i + 1]))
            {
                builder.Append(c).Append(head[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Normalize(NormalizationForm.FormKC).Trim();
        if (text.Length <= MaxLength && input.Length <= MaxLength * 4)
        {
            return (text, false);
        }

        var cut = char.IsHighSurrogate(text[Math.Min(MaxLength, text.Length) - 1]) ? MaxLength - 1 : Math.Min(MaxLength, text.Length);
        return (text[..cut], true);
    }
}
