using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Tests.Markdown;

/// <summary>The cache of rendered texts gives exactly what rendering gives: per text, per id
/// prefix and per page, and an edited text is rendered anew.</summary>
public sealed class RenderedMarkdownCacheTests
{
    private const string Text = "# Heading\n\nSee [the note](#fn) and **this**.";

    private readonly MarkdownRenderer _cached = new();
    private readonly MarkdownRenderer _uncached = new(cacheSizeInCharacters: 0);

    [Fact]
    public void A_text_rendered_again_is_the_same_as_rendered_without_a_cache()
    {
        var first = _cached.RenderHtml(Text, "speech-a--", "meetings/x");
        var second = _cached.RenderHtml(Text, "speech-a--", "meetings/x");

        Assert.Equal(_uncached.RenderHtml(Text, "speech-a--", "meetings/x"), first);
        Assert.Same(first, second);
    }

    [Fact]
    public void The_id_prefix_and_page_are_part_of_what_is_cached()
    {
        var onePage = _cached.RenderHtml(Text, "speech-a--", "meetings/x");
        var otherPrefix = _cached.RenderHtml(Text, "speech-b--", "meetings/x");
        var otherPage = _cached.RenderHtml(Text, "speech-a--", "meetings/y");

        Assert.Contains("id=\"speech-b--heading\"", otherPrefix, StringComparison.Ordinal);
        Assert.Contains("href=\"meetings/y#speech-a--fn\"", otherPage, StringComparison.Ordinal);
        Assert.NotEqual(onePage, otherPrefix);
        Assert.NotEqual(onePage, otherPage);
    }

    [Fact]
    public void An_edited_text_is_rendered_anew()
    {
        _cached.RenderHtml(Text);

        Assert.Contains("<strong>that</strong>", _cached.RenderHtml(Text.Replace("this", "that", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
