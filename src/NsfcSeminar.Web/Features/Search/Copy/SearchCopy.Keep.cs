using System.Collections.Immutable;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Npgsql;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>Where the copy lives, and keeping it between runs: with <c>Seminar:SearchCopyFolder</c>
/// it is committed with the database it copies and its horizon, and the next run resumes it
/// when both still hold; otherwise it lives in a temporary folder of this process.</summary>
internal sealed partial class SearchCopy
{
    /// <summary>Changes when what the copy holds or how it cuts text changes: a kept copy of
    /// another format is built again.</summary>
    private const string Format = "4";

    private const string FolderPrefix = "nsfc-seminar-search-";

    private static readonly TimeSpan KeepEvery = TimeSpan.FromMinutes(1);

    private readonly string? _keptFolder = options?.Value.SearchCopyFolder is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
    private string _path = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
    private string? _database;
    private DateTimeOffset _keptAt = (clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>The kept copy, if it is this database's in this format: its horizon is where
    /// catching up starts. Opening it costs a fraction of a second whatever its size.</summary>
    private async Task<bool> ResumeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        _database = await DatabaseAsync(connection, ct);
        var writer = Writer();
        var kept = new Dictionary<string, string>(writer.CommitData ?? new Dictionary<string, string>());
        if (_database is null || _path != _keptFolder
            || kept.GetValueOrDefault("format") != Format || kept.GetValueOrDefault("database") != _database
            || !long.TryParse(kept.GetValueOrDefault("horizon"), CultureInfo.InvariantCulture, out var horizon))
        {
            return false;
        }

        Publish(new CopyState(horizon, ImmutableDictionary<int, long>.Empty));
        _fours = Read(searcher => CommonFours.Held(searcher.IndexReader));
        return true;
    }

    /// <summary>Commits the copy with what it is a copy of, so that the next run can resume it.</summary>
    private void Keep()
    {
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            ["format"] = Format,
            ["database"] = _database ?? "",
            ["horizon"] = _state.Horizon.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _keptAt = _clock.GetUtcNow();
    }

    private void KeepNowAndThen()
    {
        if (_path == _keptFolder && _clock.GetUtcNow() - _keptAt > KeepEvery)
        {
            Keep();
        }
    }

    private IndexWriter Writer()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        RemoveAbandonedCopies();
        if (_keptFolder is not null)
        {
            try
            {
                return _writer = OpenWriter(_keptFolder, OpenMode.CREATE_OR_APPEND);
            }
            catch (LockObtainFailedException)
            {
                // Another portal process keeps its copy there: this one uses a folder of its own.
                _directory?.Dispose();
            }
        }

        return _writer = OpenWriter(_path, OpenMode.CREATE);
    }

    /// <summary>A large buffer and no compound files: a build writes few, large segments, and
    /// merging them (rewriting what was written) is most of what a small buffer costs; a build
    /// holds merging back and writes from a larger buffer still (<see cref="BuildAsync"/>).</summary>
    private IndexWriter OpenWriter(string path, OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzer.Version, Analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
            RAMPerThreadHardLimitMB = 1024,
            UseCompoundFile = false,
            MergePolicy = new BuildMergePolicy(),
        });
        _path = path;
        return writer;
    }

    private void RemoveOwnFolder()
    {
        if (_path != _keptFolder && System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }

    /// <summary>Copies left by processes that ended without disposing theirs (killed, crashed):
    /// each can be hundreds of megabytes.</summary>
    private static void RemoveAbandonedCopies()
    {
        foreach (var folder in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(FolderPrefix + "*"))
        {
            var owner = folder.Name[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    folder.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // Another process is removing it too.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Which database this is: its cluster's identifier and its own oid (a restored
    /// dump or a recreated database is another); null when the role may not read them.</summary>
    private static async Task<string?> DatabaseAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await using var command = new NpgsqlCommand(CopyStatements.Database, connection);
            return (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (PostgresException)
        {
            return null;
        }
    }
}
