using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// <c>generate FILE [SEMINARS] [SPEECHES_PER_SEMINAR]</c>: a synthetic bundle for the import benchmark.
/// <c>load CONNECTION [MEETINGS] [SPEECHES_PER_MEETING]</c>: migrate, then write a synthetic archive.
/// <c>run CONNECTION PORTAL_URL [ROUNDS]</c>: measure the search and meeting pages.
/// <c>meetings CONNECTION PORTAL_URL [ROUNDS] [WARM_UP_ROUNDS]</c>: measure the meeting page alone.
/// <c>sign-in CONNECTION PORTAL_URL [ROUNDS] [WARM_UP_ROUNDS]</c>: a wrong password for a real and an unknown name.
/// <c>save-stress CONNECTION PORTAL_URL [ROUNDS]</c>: saves through Chromium, counting any "Saved." that lied
/// (the editor's account in SEMINAR_BENCH_EDITOR_EMAIL and SEMINAR_BENCH_EDITOR_PASSWORD).
/// <c>entry CONNECTION PORTAL_URL</c>: enters the seed seminar by hand through Chromium and counts the
/// editor's actions (the same editor account as save-stress).
/// <c>release CONNECTION PORTAL_URL</c>: the same seminar from its pasted press release, its actions counted.
/// Both in the workspace languages SEMINAR_BENCH_LANGUAGE names (en, zh or "en zh"; English by default).
/// <c>readers PORTAL_URL SECONDS CONNECTIONS PATH...</c>: a bounded reader load (<see cref="ReaderLoad"/>).
/// <c>theme-wording CONNECTION [PORTAL_URL] [ROUNDS]</c>: a theme's wording over time, worked out and kept.
/// <c>copy-build CONNECTION [ROUNDS]</c>: building the search copy, and its stages alone.
/// <c>snippets CONNECTION QUERY...</c>: the CPU a page's snippets cost (<see cref="SnippetBenchmark"/>).
/// An explicit class, not top-level statements, so that its Program does not clash with the
/// portal's in the integration tests, which reference both.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["generate", var file, ..]:
                var seminars = Number(args, 2, 10_000);
                var speeches = Number(args, 3, 20);
                await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    await new SyntheticBundle(seminars, speeches).WriteAsync(output);
                }

                Console.WriteLine($"Wrote {seminars:N0} seminars, {seminars * speeches:N0} speeches to {file}: {new FileInfo(file).Length:N0} bytes.");
                return 0;
            case ["load", var connection, ..]:
                var options = new DbContextOptionsBuilder<SeminarDbContext>();
                options.UseSeminarDatabase(connection);
                await using (var db = new SeminarDbContext(options.Options))
                {
                    await db.Database.MigrateAsync();
                }

                await new ArchiveLoader(connection, Number(args, 2, 10_000), Number(args, 3, 20)).LoadAsync();
                return 0;
            case ["run", var connection, var portal, ..]:
                await new SearchBenchmark(connection, new Uri(portal), Number(args, 3, 20)).RunAsync();
                return 0;
            case ["meetings", var connection, var portal, ..]:
                await new MeetingBenchmark(connection, new Uri(portal), Number(args, 3, 20), Number(args, 4, 1)).RunAsync();
                return 0;
            case ["sign-in", var connection, var portal, ..]:
                await new SignInBenchmark(connection, new Uri(portal), Number(args, 3, 20), Number(args, 4, 1)).RunAsync();
                return 0;
            case ["save-stress", var connection, var portal, ..]:
                await new SaveStressBenchmark(connection, new Uri(portal), Number(args, 3, 200),
                    EditorEmail, EditorPassword).RunAsync();
                return 0;
            case ["entry", var connection, var portal, ..]:
                return await InEachWorkspaceAsync(workspace => new EntryActionsBenchmark(connection, new Uri(portal), EditorEmail, EditorPassword, workspace).RunAsync());
            case ["release", var connection, var portal, ..]:
                return await InEachWorkspaceAsync(workspace => new ReleaseActionsBenchmark(connection, new Uri(portal), EditorEmail, EditorPassword, workspace).RunAsync());
            case ["readers", var portal, var seconds, var connections, .. var paths] when paths.Length > 0:
                return await new ReaderLoad(new Uri(portal), int.Parse(seconds, CultureInfo.InvariantCulture), int.Parse(connections, CultureInfo.InvariantCulture), paths).RunAsync();
            case ["theme-wording", var connection, ..]:
                await new ThemeWordingBenchmark(connection, Number(args, 3, 3)).RunAsync();
                return 0;
            case ["snippets", var connection, .. var queries]:
                await new SnippetBenchmark(connection, queries).RunAsync();
                return 0;
            case ["copy-build", var connection, ..]:
                await new CopyBuildBenchmark(connection, Number(args, 2, 3)).RunAsync();
                return 0;
            default:
                Console.Error.WriteLine("Usage: generate FILE [SEMINARS] [SPEECHES] | load CONNECTION [MEETINGS] [SPEECHES] | run|meetings|sign-in|save-stress|entry|release CONNECTION PORTAL_URL [ROUNDS] [WARM_UP_ROUNDS] | readers PORTAL_URL SECONDS CONNECTIONS PATH... | theme-wording CONNECTION [PORTAL_URL] [ROUNDS] | copy-build CONNECTION [ROUNDS] | snippets CONNECTION QUERY...");
                return 2;
        }
    }

    /// <summary>Runs an action-count benchmark in each workspace language asked for, one table
    /// each; it fails when any run fails.</summary>
    private static async Task<int> InEachWorkspaceAsync(Func<Workspace, Task<int>> run)
    {
        var failed = 0;
        foreach (var workspace in Workspace.FromEnvironment())
        {
            failed = Math.Max(failed, await run(workspace));
        }

        return failed;
    }

    private static string EditorEmail =>
        Environment.GetEnvironmentVariable("SEMINAR_BENCH_EDITOR_EMAIL") ?? throw new InvalidOperationException("SEMINAR_BENCH_EDITOR_EMAIL is not set.");

    private static string EditorPassword =>
        Environment.GetEnvironmentVariable("SEMINAR_BENCH_EDITOR_PASSWORD") ?? throw new InvalidOperationException("SEMINAR_BENCH_EDITOR_PASSWORD is not set.");

    private static int Number(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
