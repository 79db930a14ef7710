using Microsoft.Extensions.Options;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting;

/// <summary>Every setting is checked when the portal starts, and a wrong one stops it with a
/// message that names the key, instead of surfacing at the first page that needs it.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SettingsTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("Seminar:SearchResultCacheEntries", "-1")]
    [InlineData("Seminar:SearchCopyWaitUpTo", "-20")]
    [InlineData("Seminar:WordingWaitSeconds", "-5")]
    [InlineData("Seminar:MarkdownCacheCharacters", "-1")]
    [InlineData("Seminar:Oai:AdminEmail", "the archive office")]
    [InlineData("Interchange:MaxUploadMegabytes", "0")]
    public async Task An_invalid_setting_stops_the_portal_at_start_up_naming_the_key(string key, string value)
    {
        await using var portal = new PortalFactory(database.ConnectionString, settings: new Dictionary<string, string> { [key] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => portal.CreateClient().Dispose());

        Assert.Contains(refusal.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }
}
