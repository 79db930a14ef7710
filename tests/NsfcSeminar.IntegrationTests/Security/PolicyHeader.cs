namespace NsfcSeminar.IntegrationTests.Security;

/// <summary>A Content-Security-Policy header read as its directives: name → source list.</summary>
internal sealed class PolicyHeader(IReadOnlyDictionary<string, string[]> directives)
{
    public static PolicyHeader Of(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values),
            $"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode}) has no Content-Security-Policy header.");
        var header = Assert.Single(values);
        return new PolicyHeader(header
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.Ordinal));
    }

    public string[] this[string directive] =>
        directives.TryGetValue(directive, out var sources) ? sources : throw new Xunit.Sdk.XunitException($"The policy has no {directive}.");

    /// <summary>The nonce in script-src (without the quotes and prefix).</summary>
    public string Nonce => this["script-src"].Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))["'nonce-".Length..^1];
}
