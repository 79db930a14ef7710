using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Cluster;

/// <summary>
/// <c>scripts/cluster.sh</c> as an operator runs it (a primary, a hot standby, three instances,
/// HAProxy), on ports and in a folder of its own, running the portal the tests built. Disposing
/// stops it with SIGTERM, which stops everything the script started; should the test host die
/// first, the script notices (<c>SEMINAR_CLUSTER_WATCH</c>) and stops itself.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    public const int InstanceCount = 3;
    private readonly StringBuilder _output = new();
    private readonly Process _script;

    private LocalCluster(string folder, int[] ports, Process script)
    {
        var (balancerPort, primaryPort, replicaPort, instancePorts) = (ports[0], ports[1], ports[2], ports[3..]);
        Folder = folder;
        Balancer = new Uri($"http://127.0.0.1:{balancerPort}/");
        PrimaryPort = primaryPort;
        ReplicaPort = replicaPort;
        Instances = instancePorts.Select(p => new Uri($"http://127.0.0.1:{p}/")).ToArray();
        _script = script;
    }

    public string Folder { get; }

    /// <summary>HAProxy, which readers use.</summary>
    public Uri Balancer { get; }

    /// <summary>Each instance directly, instance-1 first.</summary>
    public IReadOnlyList<Uri> Instances { get; }

    public int PrimaryPort { get; }

    public int ReplicaPort { get; }

    /// <summary>The primary's connection string, as the script gave it to the instances.</summary>
    public string PrimaryConnection =>
        $"Host=127.0.0.1;Port={PrimaryPort};Username=postgres;Password={File.ReadAllText(Path.Combine(File.ReadAllText(Path.Combine(Folder, "primary-home")).Trim(), "password")).Trim()};Database=nsfc_seminar";

    public static async Task<LocalCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("nsfc-cluster-drill-").FullName;
        // The postgres user keeps the servers' data in here (the script runs on Linux only).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var ports = FreePorts(3 + InstanceCount);
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "cluster.sh"));
        start.Environment["SEMINAR_CLUSTER_DIR"] = folder;
        start.Environment["SEMINAR_PORT"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SEMINAR_PG_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SEMINAR_REPLICA_PORT"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SEMINAR_INSTANCE_PORTS"] = string.Join(' ', ports[3..]);
        start.Environment["SEMINAR_PORTAL_BUILD"] = RepositoryRoot.BuildOutput("src", "NsfcSeminar.Web");
        start.Environment["SEMINAR_CLUSTER_WATCH"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The tests' build serves its static assets (the editors' Blazor script) in Development only.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment.Remove("ConnectionStrings__Seminar");
        start.Environment.Remove("ConnectionStrings__Replica");
        var script = Process.Start(start) ?? throw new InvalidOperationException("Could not start scripts/cluster.sh.");
        var cluster = new LocalCluster(folder, ports, script);
        script.OutputDataReceived += (_, e) => cluster.Record(e.Data);
        script.ErrorDataReceived += (_, e) => cluster.Record(e.Data);
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        try
        {
            await cluster.WaitUntilReadyAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Instance <paramref name="n"/> (1-based) lost as a machine is lost: SIGKILL.</summary>
    public Task KillInstanceAsync(int n) => SignalAsync("KILL", File.ReadAllText(Path.Combine(Folder, $"instance-{n}.pid")).Trim());

    /// <summary>A rolling upgrade's step: the script stops instance <paramref name="n"/> with
    /// SIGTERM, starts it again on its kept search copy, and waits until it is ready.</summary>
    public async Task RestartInstanceAsync(int n)
    {
        var request = Path.Combine(Folder, $"restart-{n}");
        await File.WriteAllTextAsync(request, "");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (File.Exists(request))
        {
            Assert.True(DateTime.UtcNow < deadline, $"instance-{n} did not come back within three minutes:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>The hot standby stopped and, two seconds later, started again, as the script
    /// started it.</summary>
    public async Task RestartReplicaAsync()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot.Path, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -e; source scripts/lib/postgres.sh; pg_stop \"$1\"; sleep 2; pg_start \"$1\" \"$2\" hot_standby_feedback=on");
        start.ArgumentList.Add("replica-restart");
        start.ArgumentList.Add(File.ReadAllText(Path.Combine(Folder, "replica-home")).Trim());
        start.ArgumentList.Add(ReplicaPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var restart = Process.Start(start) ?? throw new InvalidOperationException("Could not restart the standby.");
        await restart.WaitForExitAsync();
        Assert.True(restart.ExitCode == 0, "The standby did not start again.");
    }

    /// <summary>What the script said, and the end of each instance's log.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_script.HasExited)
        {
            await SignalAsync("TERM", _script.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _script.WaitForExitAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                _script.Kill(entireProcessTree: true);
            }
        }

        _script.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A server's last file still being closed; the folder is under the temporary one.
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var state = Path.Combine(Folder, "state");
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!(File.Exists(state) && (await File.ReadAllTextAsync(state)).Trim() == "ready"))
        {
            if (_script.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"scripts/cluster.sh did not become ready. It said:\n{Output}");
            }

            await Task.Delay(500);
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

    private static async Task SignalAsync(string signal, string pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid]) ?? throw new InvalidOperationException("Could not run kill.");
        await kill.WaitForExitAsync();
    }

    private static int[] FreePorts(int count)
    {
        // All held open at once, so that no two are the same.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(System.Net.IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((System.Net.IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
