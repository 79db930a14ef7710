using NsfcSeminar.Web.Hosting.PageCache;
using NsfcSeminar.Web.Tests.Localization;

namespace NsfcSeminar.Web.Tests.Hosting;

/// <summary>What a change notification evicts, and which pages may never be shared (ADR-019).</summary>
public sealed class PageCacheRulesTests
{
    [Fact]
    public void Rows_of_some_meetings_evict_their_pages_and_the_listings_only()
    {
        Assert.Equal(["listings", "meeting:3", "meeting:17"], PageCacheEviction.TagsOf("m:3,17"));
    }

    [Fact]
    public void A_meetings_own_facts_also_evict_the_pages_that_name_it_beside_their_own()
    {
        Assert.Equal(["listings", "meeting-names", "meeting:3"], PageCacheEviction.TagsOf("n:3"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("x:1")]
    public void Anything_else_evicts_every_page(string payload)
    {
        Assert.Equal(["archive"], PageCacheEviction.TagsOf(payload));
    }

    [Fact]
    public void Every_page_anyone_may_open_with_a_form_that_posts_is_never_kept_in_the_shared_cache()
    {
        var formPages = InterfaceStrings.WebSourceFiles()
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal))
            .Select(file => (File: Path.GetFileName(file), Text: File.ReadAllText(file)))
            .Where(page => page.Text.Contains("@page", StringComparison.Ordinal) && !page.Text.Contains("Authorize", StringComparison.Ordinal))
            .Where(page => page.Text.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase) || page.Text.Contains("<EditForm", StringComparison.Ordinal))
            .ToList();

        // Guards the walk: the sign-in page is one of them.
        Assert.Contains(formPages, page => page.File == "SignInPage.razor");
        Assert.All(formPages, page => Assert.True(page.Text.Contains("OutputCache(NoStore = true)", StringComparison.Ordinal), page.File + " posts a form but may be kept in the shared cache."));
    }
}

/// <summary>A page kept in the cache keeps the policy its body's nonce belongs to.</summary>
public sealed class KeptPolicyTests
{
    [Fact]
    public void The_portals_policy_is_recognised_whatever_its_nonce_and_no_other_is()
    {
        Assert.True(NsfcSeminar.Web.Hosting.ContentSecurityPolicy.IsThePortals(NsfcSeminar.Web.Hosting.ContentSecurityPolicy.For("ab+/cd==")));
        Assert.False(NsfcSeminar.Web.Hosting.ContentSecurityPolicy.IsThePortals("default-src *; script-src 'nonce-x'"));
        Assert.False(NsfcSeminar.Web.Hosting.ContentSecurityPolicy.IsThePortals(""));
    }
}
