using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NsfcSeminar.Web.Tests.Markdown;

/// <summary>Reads rendered HTML as a browser would and lists anything that could run script.</summary>
internal static class RenderedHtml
{
    private static readonly string[] ExecutableTags = ["script", "iframe", "object", "embed", "style", "form", "base", "meta", "link", "svg", "math"];
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");

    public static IReadOnlyList<string> ExecutableParts(string html)
    {
        var found = new List<string>();
        foreach (var element in Parse(html).Body!.QuerySelectorAll("*"))
        {
            if (ExecutableTags.Contains(element.LocalName))
            {
                found.Add($"<{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style" || attribute.Name == "srcdoc")
                {
                    found.Add($"{element.LocalName}[{attribute.Name}]");
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && !IsSafeUrl(attribute.Value))
                {
                    found.Add($"{element.LocalName}[{attribute.Name}={attribute.Value}]");
                }
            }
        }

        return found;
    }

    private static bool IsSafeUrl(string url)
    {
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        return colon <= 0 || (delimiter >= 0 && delimiter < colon) || SafeSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
