using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NsfcSeminar.Web.Markdown;

/// <summary>The changes <see cref="MarkdownRenderer"/> makes to a parsed text before it becomes
/// HTML: unsafe links lose their address, headings move to the level of the place they are shown.</summary>
internal static class MarkdownTree
{
    /// <summary>Unwraps every link and image whose address is not on the scheme allowlist, and turns
    /// such an autolink into plain text.</summary>
    public static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        // Materialise first: the walk below changes the tree.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!SafeUrl.IsAllowed(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!SafeUrl.IsAllowed(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>Keeps a link's text (or an image's alt text) and drops the link itself.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>Moves every heading by the same number of levels so that the highest comes out at
    /// <paramref name="topHeading"/>; levels past six stay at six, as HTML has no seventh.</summary>
    public static void PlaceHeadings(MarkdownDocument document, int topHeading)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (topHeading is < 1 or > 6 || headings.Count == 0)
        {
            return;
        }

        var shift = topHeading - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }
    }
}
