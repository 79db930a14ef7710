using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace NsfcSeminar.Web.Markdown;

/// <summary>The last layer of <see cref="MarkdownRenderer"/>'s defence: what HTML may survive
/// rendering, and how the surviving ids and links are placed on the page that shows them.</summary>
internal static class MarkdownSanitizer
{
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in SafeUrl.Schemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Styles could hide or overlay page content; archived texts carry none.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedClasses.Clear();
        foreach (var footnoteClass in new[] { "footnotes", "footnote-ref", "footnote-back-ref" })
        {
            sanitizer.AllowedClasses.Add(footnoteClass);
        }

        return sanitizer;
    }

    /// <summary>Prefixes every id and in-text fragment link with <paramref name="idPrefix"/>, puts
    /// <paramref name="pagePath"/> before fragment links, and marks outside links nofollow.</summary>
    public static void PlaceIdsAndLinks(IHtmlDocument dom, string idPrefix, string pagePath)
    {
        foreach (var element in dom.Body!.QuerySelectorAll("[id]"))
        {
            element.Id = idPrefix + element.Id;
        }

        foreach (var anchor in dom.Body.QuerySelectorAll("a[href^='#']"))
        {
            anchor.SetAttribute("href", $"{pagePath}#{idPrefix}{anchor.GetAttribute("href")![1..]}");
        }

        foreach (var external in dom.Body.QuerySelectorAll("a[href^='http']"))
        {
            external.SetAttribute("rel", "nofollow noopener noreferrer");
        }
    }
}
