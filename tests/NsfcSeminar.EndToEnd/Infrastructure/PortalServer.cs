using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using Npgsql;
using NsfcSeminar.Testing;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// The real portal as a separate process over a fresh PostgreSQL database (migrated and given
/// the sample archive by the portal itself), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    private const string Database = "nsfc_end_to_end";
    private readonly StringBuilder _output = new();
    private Process? _portal;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The Nu HTML checker every visited page is put to (see <see cref="PageChecks"/>).</summary>
    public HtmlChecker HtmlChecker { get; private set; } = null!;

    /// <summary>The real SMTP server (smtp4dev) the portal sends its mail to.</summary>
    public MailServer Mail { get; private set; } = null!;

    /// <summary>The portal's database, for tests that prepare records or accounts in it.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // The checker's Java virtual machine starts while the portal does.
        var checker = HtmlChecker.StartAsync();
        ConnectionString = await CreateEmptyDatabaseAsync();
        Mail = await MailServer.StartAsync(RepositoryRoot.Path);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _portal = StartPortal(port);
        await WaitUntilHealthyAsync();
        HtmlChecker = await checker;

        // CI machines are shared and run the other test projects alongside: give expectations
        // room rather than fail on a slow first render.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (HtmlChecker is not null)
        {
            await HtmlChecker.DisposeAsync();
        }

        if (_portal is { HasExited: false })
        {
            _portal.Kill(entireProcessTree: true);
            await _portal.WaitForExitAsync();
        }

        _portal?.Dispose();
        if (Mail is not null)
        {
            await Mail.DisposeAsync();
        }
    }

    private static async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("SEMINAR_TEST_CONNECTION")
            ?? throw new InvalidOperationException("SEMINAR_TEST_CONNECTION is not set; run the tests with scripts/test.sh.");
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database} ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = Database }.ConnectionString;
    }

    /// <summary>How to run the portal (or one of its commands, given as arguments) over the
    /// test database.</summary>
    internal ProcessStartInfo PortalProcess(params string[] args)
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "NsfcSeminar.Web");
        var dll = Path.Combine(RepositoryRoot.BuildOutput("src", "NsfcSeminar.Web"), "NsfcSeminar.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Development serves static assets from the build output; the pipeline is otherwise the
        // same as in production (friendly error pages in every environment).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Seminar"] = ConnectionString;
        start.Environment["Seminar__PublicAddress"] = BaseAddress.ToString();
        foreach (var (key, value) in Mail.PortalSettings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // The digest looks for work every second, and takes records up to the moment it runs.
        start.Environment["Seminar__Alerts__CheckEverySeconds"] = "1";
        start.Environment["Seminar__Alerts__SettleSeconds"] = "0";
        return start;
    }

    private Process StartPortal(int port)
    {
        var start = PortalProcess("--urls", BaseAddress.ToString());
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.ArgumentList[0]}");
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
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

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && _portal is { HasExited: false })
        {
            try
            {
                using var response = await client.GetAsync("/health");
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
            var exit = _portal is { HasExited: true } ? $" (it exited with code {_portal.ExitCode})" : "";
            throw new InvalidOperationException($"The portal did not become healthy at {BaseAddress}{exit}. Its output:\n{_output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PortalTestGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}
