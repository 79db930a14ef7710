using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class MarkdownFieldTests : EditorComponentTest
{
    [Fact]
    public void The_preview_is_the_readers_rendering()
    {
        const string markdown = "# Heading\n\nBasic research is **the source**.[^1]\n\n[^1]: A note.";
        var field = Render<MarkdownField>(p => p.Add(c => c.Id, "body").Add(c => c.Label, "Text").Add(c => c.Value, markdown));

        var preview = field.Find(".markdown-field__preview .prose");
        var expected = Services.GetRequiredService<MarkdownRenderer>().RenderHtml(markdown, "body-preview--");
        preview.InnerHtml.MarkupMatches(expected);
        Assert.Equal("the source", preview.QuerySelector("strong")!.TextContent);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Hostile_markdown_in_the_preview_is_harmless(string markdown)
    {
        var field = Render<MarkdownField>(p => p.Add(c => c.Id, "body").Add(c => c.Label, "Text").Add(c => c.Value, markdown));

        var preview = field.Find(".markdown-field__preview");
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.Empty(preview.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain(preview.QuerySelectorAll("[href],[src]"), e =>
            (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("data", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_textarea_is_labelled_and_not_bound_so_large_pastes_never_travel_in_one_message()
    {
        var field = Render<MarkdownField>(p => p.Add(c => c.Id, "body").Add(c => c.Label, "Text of the speech").Add(c => c.Value, new string('x', 300_000)));

        var textarea = field.Find("textarea#body");
        Assert.Equal("Text of the speech", field.Find("label[for=body]").TextContent);

        // The text reaches the browser through the module (a stream), not as an attribute or event value.
        Assert.Null(textarea.GetAttribute("value"));
        Assert.Empty(textarea.TextContent);
        var push = JSInterop.VerifyInvoke("setText");
        Assert.IsType<Microsoft.JSInterop.DotNetStreamReference>(push.Arguments[1]);
    }
}
