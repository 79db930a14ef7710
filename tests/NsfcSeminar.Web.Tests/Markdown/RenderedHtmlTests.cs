namespace NsfcSeminar.Web.Tests.Markdown;

/// <summary>The checker behind the hostile-Markdown tests must itself catch what it looks for.</summary>
public sealed class RenderedHtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JAVASCRIPT:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">")]
    [InlineData("<p style=\"position:fixed\">x</p>")]
    public void Finds_executable_parts(string html) =>
        Assert.NotEmpty(RenderedHtml.ExecutableParts(html));

    [Fact]
    public void Accepts_safe_links() =>
        Assert.Empty(RenderedHtml.ExecutableParts("<a href=\"https://example.org\">x</a><a href=\"/meetings#a\">y</a><a href=\"mailto:a@b.c\">z</a>"));
}
