using AngleSharp.Html.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.Web.Markdown;

/// <summary>
/// The one renderer of archived texts, and the only code allowed to turn them into a
/// <see cref="MarkupString"/>. Defence in layers, because escaping raw HTML alone leaves
/// <c>[x](javascript:...)</c> a live link: raw HTML is disabled in the pipeline, every link and
/// image is checked against a scheme allowlist in the syntax tree, and HtmlSanitizer cleans the
/// rendered HTML last (as Markdig's maintainer recommends, xoofx/markdig#592).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "A singleton that lives as long as the process; its cache holds only managed memory.")]
public sealed class MarkdownRenderer(long cacheSizeInCharacters = MarkdownRenderer.DefaultCacheSize)
{
    /// <summary>About 64 MB of rendered HTML (two bytes a character): the hot part of decades of
    /// minutes, and a fixed bound whatever the number of readers.</summary>
    public const long DefaultCacheSize = 32 * 1024 * 1024;

    private readonly RenderedMarkdownCache _cache = new(cacheSizeInCharacters);

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()

        // CommonMark will not open **emphasis** between a Chinese character and a Chinese
        // quotation mark ("具备**“五个强大”**的"); this extension lets it.
        .UseCjkFriendlyEmphasis()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = MarkdownSanitizer.Create();

    /// <summary>Renders Markdown to safe HTML.</summary>
    /// <param name="idPrefix">Prefixed to every id and in-text fragment link, so that several
    /// texts on one page (the speeches of a meeting) never share an id.</param>
    /// <param name="pagePath">The page's path, put before in-text fragment links: the portal's
    /// <c>&lt;base href&gt;</c> (the language root) would otherwise send "#fn:1" to the home page.</param>
    /// <param name="topHeading">The level the text's highest headings take, one below the heading
    /// of the place it is shown, so that the page's outline skips no level; 0 keeps them as written.</param>
    public MarkupString Render(string? markdown, string? idPrefix = null, string? pagePath = null, int topHeading = 0) =>
        new(RenderHtml(markdown, idPrefix, pagePath, topHeading));

    public string RenderHtml(string? markdown, string? idPrefix = null, string? pagePath = null, int topHeading = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var (prefix, path) = (idPrefix ?? "", pagePath ?? "");
        return _cache.GetOrRender(markdown, prefix, path, topHeading, () =>
        {
            using var dom = RenderDom(markdown, prefix, path, topHeading);
            return dom.Body!.InnerHtml;
        });
    }

    /// <summary>Renders Markdown as its top-level blocks (paragraphs, headings, lists, tables,
    /// the footnotes), so that a text can be set beside its translation block by block.</summary>
    public IReadOnlyList<MarkupString> RenderBlocks(string? markdown, string? idPrefix = null, string? pagePath = null, int topHeading = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        using var dom = RenderDom(markdown, idPrefix ?? "", pagePath ?? "", topHeading);
        return dom.Body!.Children.Select(block => new MarkupString(block.OuterHtml)).ToList();
    }

    /// <summary>The text without markup, for snippets and feeds.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();

    private IHtmlDocument RenderDom(string markdown, string idPrefix, string pagePath, int topHeading)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        MarkdownTree.NeutraliseUnsafeLinks(document);
        MarkdownTree.PlaceHeadings(document, topHeading);
        var dom = _sanitizer.SanitizeDom(Markdig.Markdown.ToHtml(document, _pipeline));
        MarkdownSanitizer.PlaceIdsAndLinks(dom, idPrefix, pagePath);
        return dom;
    }
}
