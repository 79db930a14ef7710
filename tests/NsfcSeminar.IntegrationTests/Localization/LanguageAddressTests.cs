using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Localization;

/// <summary>Every page names its language in its address: /zh/… or /en/…; an address without one
/// sends the reader to their language, remembered or asked for by the browser.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class LanguageAddressTests(DatabaseFixture fixture)
{
    private const string SeedSlug = "2024-11-16-party-group-strategy-seminar";

    private HttpClient ClientThatStopsAtRedirects() =>
        fixture.Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Theory]
    [InlineData(null, "/en/meetings?year=2024")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "/zh/meetings?year=2024")]
    [InlineData("zh-TW", "/zh/meetings?year=2024")]
    [InlineData("fr-FR,en;q=0.5", "/en/meetings?year=2024")]
    public async Task An_address_without_a_language_follows_the_browser(string? acceptLanguage, string expected)
    {
        await fixture.ResetAsync();
        using var client = ClientThatStopsAtRedirects();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/meetings?year=2024");
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_language_chosen_last_is_remembered_over_the_browsers()
    {
        await fixture.ResetAsync();
        using var client = ClientThatStopsAtRedirects();

        using var chinesePage = await client.GetAsync("/zh/themes");
        var cookie = chinesePage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/themes");
        request.Headers.Add("Accept-Language", "en-GB");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await client.SendAsync(request);

        Assert.Equal("/zh/themes", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_bare_language_prefix_leads_to_its_root()
    {
        using var client = ClientThatStopsAtRedirects();

        using var response = await client.GetAsync("/zh");

        Assert.Equal("/zh/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/favicon.png")]
    [InlineData("/api/meetings")]
    [InlineData("/feeds/seminars.atom")]
    [InlineData("/oai?verb=Identify")]
    public async Task Machine_addresses_and_files_keep_one_address(string path)
    {
        await fixture.ResetAsync();
        using var client = ClientThatStopsAtRedirects();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("zh", "zh-Hans", "2024年11月16日", "2024年第二次党组务虚研讨会")]
    [InlineData("en", "en", "16 November 2024", "Second Party Group strategy seminar of 2024")]
    public async Task A_page_declares_its_language_and_writes_dates_as_that_language_does(
        string prefix, string lang, string date, string title)
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/{prefix}/meetings/{SeedSlug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(lang, page.Language);
        Assert.Equal($"/{prefix}/", page.BasePath);
        Assert.Contains(date, page.Text, StringComparison.Ordinal);
        Assert.Equal(title, page.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_links_to_itself_in_the_other_language()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/meetings/{SeedSlug}");

        var alternates = page.Document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(link => link.GetAttribute("hreflang")!, link => new Uri(link.GetAttribute("href")!).PathAndQuery);
        Assert.Equal($"/zh/meetings/{SeedSlug}", alternates["zh-Hans"]);
        Assert.Equal($"/en/meetings/{SeedSlug}", alternates["en"]);
        Assert.Equal($"/meetings/{SeedSlug}", alternates["x-default"]);
        var switchToChinese = page.Document.QuerySelector("nav.language-switch a[hreflang='zh-Hans']");
        Assert.Equal("中文", switchToChinese?.TextContent);
        Assert.Equal($"/zh/meetings/{SeedSlug}", new Uri(switchToChinese!.GetAttribute("href")!).PathAndQuery);
    }

    [Fact]
    public async Task The_not_found_page_answers_in_the_language_of_the_address()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/zh/meetings/no-such-seminar");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("zh-Hans", page.Language);
        Assert.DoesNotContain("Not found", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/feeds/no-such-feed")]
    public async Task An_unknown_machine_address_answers_404_where_it_was_asked(string path)
    {
        await fixture.ResetAsync();
        using var client = ClientThatStopsAtRedirects();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
