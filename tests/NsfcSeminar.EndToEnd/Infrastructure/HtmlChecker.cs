using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// The Nu HTML checker (vnu) as one web service for the whole run: a Java virtual machine starts
/// once, where one per page would cost seconds each. A page's HTML, as the portal served it, is
/// posted to it; every message of type "error" is a fault of the page.
/// </summary>
public sealed class HtmlChecker : IAsyncDisposable
{
    private readonly Process _java;
    private readonly HttpClient _client;
    private readonly StringBuilder _output = new();

    private HtmlChecker(int port)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Reading the HTML schemas recurses deeply: the default thread stack overflows.
        foreach (var arg in new[] { "-Xss4m", "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", TestTools.Vnu, "nu.validator.servlet.Main", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        _java = Process.Start(start) ?? throw new InvalidOperationException("Could not start java for the Nu HTML checker.");
        _java.OutputDataReceived += (_, e) => Record(e.Data);
        _java.ErrorDataReceived += (_, e) => Record(e.Data);
        _java.BeginOutputReadLine();
        _java.BeginErrorReadLine();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };

        // The checker answers 400 Bad Request to a request that names no user agent.
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("NsfcSeminar-tests");
    }

    public static async Task<HtmlChecker> StartAsync()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var checker = new HtmlChecker(port);
        await checker.WaitUntilListeningAsync();
        return checker;
    }

    /// <summary>
    /// Blazor writes a bound select's value as an attribute when it prerenders an interactive form
    /// (the editors' pages; reading pages have no such form). Browsers ignore the attribute and
    /// Blazor sets the value once the circuit is up, so this one error is the framework's, not ours.
    /// </summary>
    private const string PrerenderedSelectValue = "Attribute “value” not allowed on element “select” at this point.";

    /// <summary>The checker's errors in an HTML document, each with its line and an extract.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync(string html)
    {
        using var content = new StringContent(html, Encoding.UTF8, "text/html");
        using var response = await _client.PostAsync("?out=json", content);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<Report>() ?? throw new InvalidOperationException("The Nu HTML checker gave no report.");
        return [.. report.Messages
            .Where(m => m.Type is "error" or "non-document-error" && m.Text != PrerenderedSelectValue)
            .Select(m => $"line {m.LastLine}: {m.Text} «{m.Extract?.Trim()}»")];
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_java.HasExited)
        {
            _java.Kill(entireProcessTree: true);
            await _java.WaitForExitAsync();
        }

        _java.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_java.HasExited)
        {
            try
            {
                using var response = await _client.GetAsync("");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        lock (_output)
        {
            var lines = _output.ToString().Split('\n');
            throw new InvalidOperationException("The Nu HTML checker did not start. The end of its output:\n" + string.Join('\n', lines.TakeLast(40)));
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private sealed record Report([property: JsonPropertyName("messages")] IReadOnlyList<Entry> Messages);

    private sealed record Entry(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("message")] string Text,
        [property: JsonPropertyName("lastLine")] int? LastLine,
        [property: JsonPropertyName("extract")] string? Extract);
}
