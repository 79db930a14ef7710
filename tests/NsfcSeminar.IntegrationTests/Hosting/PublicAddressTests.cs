using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Search;

namespace NsfcSeminar.IntegrationTests.Hosting;

/// <summary>Links are built from the configured public address, never from the Host header a
/// client chooses; only the public host is served.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PublicAddressTests(DatabaseFixture fixture)
{
    private const string Public = "https://seminar.example.org/";
    private const string Evil = "evil.example";

    public static TheoryData<string> MachineAndPageAddresses =>
    [
        "/feeds/seminars.atom", "/oai?verb=Identify", "/search/export.csv?q=reform", "/api/meetings", "/en/meetings",
    ];

    [Theory]
    [MemberData(nameof(MachineAndPageAddresses))]
    public async Task A_request_naming_another_host_is_refused(string url)
    {
        using var client = fixture.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = Evil;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Evil, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_harvesting_exports_the_API_and_citations_link_to_the_public_address_whatever_host_is_named()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = ArchiveBuilder.Person("Zhao Liu", "赵六");
        var meeting = ArchiveBuilder.Meeting("Address seminar", new DateOnly(2024, 5, 6));
        meeting.Speeches.Add(SearchArchive.Speech("s1", SpeechKind.Keynote, speaker, null, null, ("Reform talk", "On reform."), null));
        await meeting.SaveAsync(db);

        // An operator who lets a second name through still gets every link under the public address.
        await using var portal = fixture.Portal.With(("Seminar:PublicAddress", Public), ("AllowedHosts", Evil));
        using var client = portal.CreateClient();
        client.DefaultRequestHeaders.Host = Evil;

        string[] answers =
        [
            await client.GetStringAsync("/feeds/seminars.atom"),
            await client.GetStringAsync("/feeds/search?q=reform"),
            await client.GetStringAsync("/oai?verb=ListRecords&metadataPrefix=oai_dc"),
            await client.GetStringAsync("/search/export.csv?q=reform"),
            await client.GetStringAsync("/search/export.json?q=reform"),
            await client.GetStringAsync($"/api/meetings/{meeting.Slug}"),
            await client.GetStringAsync($"/en/meetings/{meeting.Slug}"),
        ];

        Assert.All(answers, answer =>
        {
            Assert.DoesNotContain(Evil, answer, StringComparison.Ordinal);
            Assert.Contains($"{Public}", answer, StringComparison.Ordinal);
            Assert.Contains($"meetings/{meeting.Slug}", answer, StringComparison.Ordinal);
        });
        Assert.Contains($"<baseURL>{Public}oai</baseURL>", await client.GetStringAsync("/oai?verb=Identify"), StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}");
        Assert.StartsWith($"{Public}en/meetings/{meeting.Slug}#speech-s1", page.Document.QuerySelector(".citation__text")!.TextContent.Split(' ')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_https_address_every_cookie_is_secure_and_HSTS_is_sent()
    {
        await fixture.ResetAsync();
        await using var portal = fixture.Portal.With(("Seminar:PublicAddress", Public));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Public), AllowAutoRedirect = false });
        var account = await fixture.Portal.CreateAccountAsync("Editor");

        using var form = await client.GetAsync("/en/account/sign-in");
        using var signedIn = await FormPost.SendAsync(client, "/en/account/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
        });

        Assert.Equal("max-age=31536000", Assert.Single(form.Headers.GetValues("Strict-Transport-Security")));
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("seminar.example.org")]
    [InlineData("ftp://seminar.example.org/")]
    [InlineData("https://seminar.example.org/?lang=en")]
    [InlineData("https://seminar.example.org/#top")]
    public void A_portal_without_a_valid_public_address_refuses_to_start_and_names_the_setting(string address)
    {
        using var portal = fixture.Portal.With(("Seminar:PublicAddress", address));

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Seminar:PublicAddress", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_http_address_no_HSTS_is_sent()
    {
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/en/account/sign-in");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.9", false)]
    public async Task X_Forwarded_Proto_is_believed_only_from_a_configured_proxy(string peer, bool believed)
    {
        await using var portal = fixture.Portal.With(("Seminar:Proxies:KnownProxies:0", "10.0.0.5"));

        var answer = await portal.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Host = new HostString("localhost");
            context.Request.Path = "/en/account/sign-in";
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        // Over http the cookies follow the request's scheme: Secure only if the proxy said https.
        var cookies = answer.Response.Headers.SetCookie.Select(c => c!).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Equal(believed, c.Contains("; secure", StringComparison.OrdinalIgnoreCase)));
    }
}
