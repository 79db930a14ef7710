using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace NsfcSeminar.Testing;

/// <summary>A mail the test SMTP server received, with its headers and bodies.</summary>
public sealed record ReceivedMail(string Id, string Subject, IReadOnlyList<string> To, IReadOnlyDictionary<string, string> Headers, string Text, string Html);

/// <summary>
/// A real SMTP server for tests: smtp4dev (the dotnet local tool in .config/dotnet-tools.json,
/// which scripts/test.sh restores), on free loopback ports with an in-memory store, read through
/// its REST API. Shared by both test projects (linked into each).
/// </summary>
public sealed class MailServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringBuilder _output = new();

    private MailServer(Process process, string dataFolder, int smtpPort, Uri api)
    {
        _process = process;
        _dataFolder = dataFolder;
        SmtpPort = smtpPort;
        Api = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public HttpClient Api { get; }

    /// <summary>The portal's settings that send its mail here (environment variable names use
    /// "__" where configuration keys use ":").</summary>
    public IReadOnlyDictionary<string, string> PortalSettings => new Dictionary<string, string>
    {
        ["Seminar:Mail:Host"] = "127.0.0.1",
        ["Seminar:Mail:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Seminar:Mail:Security"] = "None",
        ["Seminar:Mail:From"] = "NsfcSeminar <alerts@seminar.test>",
    };

    /// <param name="repositoryRoot">The folder holding the tool manifest (.config/dotnet-tools.json).</param>
    public static async Task<MailServer> StartAsync(string repositoryRoot)
    {
        var (smtp, web) = (FreePort(), FreePort());
        var data = Directory.CreateTempSubdirectory("nsfc-smtp4dev-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", "--imapport=0", "--pop3port=0",
            "--bindaddress=127.0.0.1", "--db", "", "--nousersettings", "--hostname=localhost", "--messagestokeep=1000",
        })
        {
            start.ArgumentList.Add(arg);
        }

        // Its settings and keys go to a folder of its own, not the user's configuration.
        start.Environment["XDG_CONFIG_HOME"] = data;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start smtp4dev.");
        var server = new MailServer(process, data, smtp, new Uri($"http://127.0.0.1:{web}/"));
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Every mail received for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MailsToAsync(string address)
    {
        var list = await Api.GetFromJsonAsync<JsonElement>("api/messages?pageSize=1000");
        var mails = new List<ReceivedMail>();
        foreach (var summary in list.GetProperty("results").EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.GetProperty("receivedDate").GetDateTimeOffset()))
        {
            mails.Add(await ReadAsync(summary.GetProperty("id").GetString()!));
        }

        return mails;
    }

    /// <summary>Waits (a bounded while) until <paramref name="count"/> mails reached the address,
    /// for a mail sent by another process on its own schedule.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMailsToAsync(string address, int count, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var mails = await MailsToAsync(address);
            if (mails.Count >= count || DateTime.UtcNow > deadline)
            {
                return mails;
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private async Task<ReceivedMail> ReadAsync(string id)
    {
        var message = await Api.GetFromJsonAsync<JsonElement>($"api/messages/{id}");
        var headers = message.GetProperty("headers").EnumerateArray()
            .GroupBy(h => h.GetProperty("name").GetString()!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString() ?? "", StringComparer.OrdinalIgnoreCase);
        var text = message.GetProperty("hasPlainTextBody").GetBoolean() ? await Api.GetStringAsync($"api/messages/{id}/plaintext") : "";
        var html = message.GetProperty("hasHtmlBody").GetBoolean() ? await Api.GetStringAsync($"api/messages/{id}/html") : "";
        var to = message.GetProperty("deliveredTo").EnumerateArray().Select(t => t.GetString()!).ToList();
        return new ReceivedMail(id, message.GetProperty("subject").GetString() ?? "", to, headers, text, html);
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await Api.GetAsync("api/messages");
                if (response.StatusCode == HttpStatusCode.OK && await SmtpAnswersAsync())
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
            throw new InvalidOperationException($"smtp4dev did not start (run 'dotnet tool restore' first). Its output:\n{_output}");
        }
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
