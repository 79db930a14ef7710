using Microsoft.AspNetCore.WebUtilities;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Search.Copy;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>A snippet cut as a search page cuts it, for a query string as a reader's address holds it.</summary>
internal static class SnippetCutting
{
    public static Snippet Cut(string query, Language reader, string? english, string? chinese)
    {
        var values = QueryHelpers.ParseQuery(query);
        var request = SearchRequest.Parse(name => values.TryGetValue(name, out var value) ? value.ToString() : null);
        using var analyzer = new SearchAnalyzer();
        var plan = SearchPlan.For(request, new FilterIds(null, null, null, null), ReaderAccess.Anonymous, analyzer, [])!;
        return new SnippetReader(new MarkdownRenderer(), reader, plan.Marked, analyzer).Choose(english, chinese);
    }

    /// <summary>The snippet's text with each match in brackets.</summary>
    public static string Marked(Snippet snippet) => string.Concat(snippet.Parts.Select(p => p.IsMatch ? $"[{p.Text}]" : p.Text));
}
