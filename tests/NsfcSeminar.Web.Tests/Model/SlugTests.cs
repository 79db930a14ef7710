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
}
