using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x]( javascript:alert(1))")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("[x](java&#x73;cript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))")]
    [InlineData("[x](java&Tab;script:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[r]\n\n[r]: <javascript:alert(1)>")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![a](javascript:alert(1))")]
    [InlineData("![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](https://example.org){onclick=alert(1)}")]
    [InlineData("# Title {onclick=alert(1)}")]
    [InlineData("[x](https://example.org \"\" onmouseover=alert(1))")]
    [InlineData("`<script>` and ```\n<script>alert(1)</script>\n```")]
    public void Hostile_markdown_renders_nothing_executable(string markdown)
    {
        var html = _renderer.RenderHtml(markdown);

        Assert.Empty(RenderedHtml.ExecutableParts(html));
    }

    [Fact]
    public void Script_tag_is_shown_as_text_not_executed()
    {
        var html = _renderer.RenderHtml("<script>alert(1)</script>");

        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_text_and_loses_its_target()
    {
        var body = RenderedHtml.Parse(_renderer.RenderHtml("Read [the plan](javascript:alert(1)) now.")).Body!;

        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal("Read the plan now.", body.TextContent.Trim());
    }

    [Theory]
    [InlineData("[site](https://www.nsfc.gov.cn/)", "https://www.nsfc.gov.cn/")]
    [InlineData("[mail](mailto:office@example.org)", "mailto:office@example.org")]
    [InlineData("[seminars](/meetings)", "/meetings")]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    public void Safe_links_survive(string markdown, string href)
    {
        var anchor = RenderedHtml.Parse(_renderer.RenderHtml(markdown)).QuerySelector("a")!;

        Assert.Equal(href, anchor.GetAttribute("href"));
    }

    [Fact]
    public void External_links_do_not_pass_the_page_on()
    {
        var anchor = RenderedHtml.Parse(_renderer.RenderHtml("[x](https://example.org)")).QuerySelector("a")!;

        Assert.Contains("noopener", anchor.GetAttribute("rel"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_links_point_into_the_same_text_on_the_same_page()
    {
        var html = _renderer.RenderHtml("[see below](#plan)\n\n## Plan", idPrefix: "speech-a--", pagePath: "/meetings/m");
        var document = RenderedHtml.Parse(html);

        Assert.Equal("/meetings/m#speech-a--plan", document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("speech-a--plan", document.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Headings_get_prefixed_anchors()
    {
        var heading = RenderedHtml.Parse(_renderer.RenderHtml("## Basic research first", "minutes--")).QuerySelector("h2")!;

        Assert.Equal("minutes--basic-research-first", heading.Id);
    }

    [Fact]
    public void Headings_nest_under_the_heading_the_text_is_shown_under_keeping_their_steps()
    {
        var document = RenderedHtml.Parse(_renderer.RenderHtml("## Why\n\ntext\n\n### Detail\n\n## Next", "speech-a--", topHeading: 4));

        Assert.Equal(["H4", "H5", "H4"], document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName).ToArray());
        Assert.Equal("speech-a--why", document.QuerySelector("h4")!.Id);
    }

    [Fact]
    public void A_text_is_cached_apart_for_each_heading_level()
    {
        var asWritten = _renderer.RenderHtml("## Plan");
        var underASpeech = _renderer.RenderHtml("## Plan", topHeading: 4);

        Assert.Contains("<h2", asWritten, StringComparison.Ordinal);
        Assert.Contains("<h4", underASpeech, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_works_around_Chinese_punctuation()
    {
        var html = _renderer.RenderHtml("应当具备**“五个强大”**的基本要素");

        Assert.Equal("“五个强大”", RenderedHtml.Parse(html).QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void Tables_render()
    {
        var html = _renderer.RenderHtml("| Year | Speeches |\n| --- | --- |\n| 2024 | 5 |");

        Assert.Equal(2, RenderedHtml.Parse(html).QuerySelectorAll("tr").Length);
    }

    [Fact]
    public void Footnotes_render_and_link_within_the_page()
    {
        var html = _renderer.RenderHtml("Cradle and source.[^1]\n\n[^1]: As the presiding speech put it.", "speech-p--", "/meetings/m");
        var document = RenderedHtml.Parse(html);

        var reference = document.QuerySelector("a.footnote-ref")!;
        var target = reference.GetAttribute("href")!.Split('#')[1];
        Assert.StartsWith("/meetings/m#speech-p--", reference.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(document.GetElementById(target));
    }

    [Fact]
    public void A_300_KB_text_renders_whole()
    {
        var paragraph = "Deepen the reform of the Science Fund, 深化科学基金改革。 ";
        var markdown = string.Join("\n\n", Enumerable.Repeat(paragraph, 300_000 / paragraph.Length));

        var html = _renderer.RenderHtml(markdown);

        Assert.Equal(300_000 / paragraph.Length, RenderedHtml.Parse(html).QuerySelectorAll("p").Length);
    }

    [Theory]
    [InlineData("\0\u0001\u0002 nul and controls")]
    [InlineData("\u202Eevil right-to-left override")]
    [InlineData("zero\u200Bwidth\uFEFF joiners")]
    [InlineData("emoji 🧪🔬 and 基础研究")]
    [InlineData("\uD800 lone surrogate")]
    public void Odd_unicode_does_not_throw(string markdown)
    {
        var html = _renderer.RenderHtml(markdown);

        Assert.Empty(RenderedHtml.ExecutableParts(html));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_renders_empty(string? markdown) =>
        Assert.Equal("", _renderer.RenderHtml(markdown));

    [Fact]
    public void Plain_text_drops_the_markup()
    {
        Assert.Equal("Basic research comes first.", _renderer.ToPlainText("**Basic research** comes [first](https://example.org)."));
    }
}
