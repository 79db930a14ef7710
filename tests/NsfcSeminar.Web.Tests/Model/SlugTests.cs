using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Tests.Model;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Dou Xiankang", "dou-xiankang")]
    [InlineData("  Planning and Policy Bureau ", "planning-and-policy-bureau")]
    [InlineData("Dòu Xiànkāng", "dou-xiankang")]
    [InlineData("2nd plenary session (9th Committee)", "2nd-plenary-session-9th-committee")]
    [InlineData("窦贤康", "")]
    public void From_makes_readable_ascii_slugs(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("dou-xiankang", true)]
    [InlineData("Dou", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_follows_the_database_rule(string? slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));

    [Theory]
    [InlineData("2024-11-16-second-virtual-seminar-of-the-national-natural-science-foundation", 70, "2024-11-16-second-virtual-seminar-of-the-national-natural-science")]
    [InlineData("2024-11-16-second-virtual-seminar-of-the-national-natural-science", 70, "2024-11-16-second-virtual-seminar-of-the-national-natural-science")]
    [InlineData("2024-11-16-second-virtual-seminar-of-the-national-natural-science-x", 66, "2024-11-16-second-virtual-seminar-of-the-national-natural-science")]
    [InlineData("abcdefghij", 4, "abcd")]
    public void A_long_slug_is_cut_between_words(string slug, int most, string expected) =>
        Assert.Equal(expected, Slug.Shortened(slug, most));

    [Fact]
    public void A_title_longer_than_a_slug_may_be_ends_on_a_whole_word()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("foundation", 20)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("-foundation", slug);
    }
}
