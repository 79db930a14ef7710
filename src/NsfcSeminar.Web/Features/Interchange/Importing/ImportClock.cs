using System.Diagnostics;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>The stages an import's time is spent in, in the order they first happen.</summary>
public enum ImportStage
{
    /// <summary>Reading records from the file and turning them into typed records.</summary>
    Parsing,

    /// <summary>The rules every record must keep.</summary>
    Checking,

    /// <summary>Looking for records the new ones may repeat (names, seminars), for the warnings.</summary>
    NearDuplicates,

    /// <summary>Looking up, by slug, the records the archive already holds.</summary>
    ReadingStored,

    /// <summary>Saving the records the archive held and the bundle changed (an editor's save).</summary>
    Updating,

    /// <summary>Building the rows of new records and copying them (binary COPY).</summary>
    Copying,

    /// <summary>The first revisions of new records and their lines in the audit log.</summary>
    Revisions,

    /// <summary>Building the search documents of the new meetings, in one piece.</summary>
    SearchHandOff,

    /// <summary>Committing the one transaction.</summary>
    Commit,
}

/// <summary>
/// Where an import's time goes, stage by stage, measured as it runs so that a slow import says
/// which stage to blame (the import command prints it; the interchange benchmark records it).
/// Stages are never nested; but a batch's copying and revisions run behind the reading of the
/// next (<see cref="WriteBehind"/>), so their times overlap parsing and checking and the stages
/// add up to more than the whole.
/// </summary>
public sealed class ImportClock
{
    private readonly TimeSpan[] _spent = new TimeSpan[Enum.GetValues<ImportStage>().Length];

    public TimeSpan this[ImportStage stage] => _spent[(int)stage];

    /// <summary>Counts the time until the returned lap is disposed towards <paramref name="stage"/>.</summary>
    public Lap Time(ImportStage stage) => new(this, stage, Stopwatch.GetTimestamp());

    /// <summary>"parsing 1.2 s, checking 0.4 s, …", the stages that took any time.</summary>
    public string Describe() => string.Join(", ", Enum.GetValues<ImportStage>()
        .Where(s => this[s] > TimeSpan.Zero)
        .Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name(s)} {this[s].TotalSeconds:F1} s")));

    private static string Name(ImportStage stage) => stage switch
    {
        ImportStage.ReadingStored => "reading stored records",
        ImportStage.NearDuplicates => "near duplicates",
        ImportStage.SearchHandOff => "search hand-off",
        _ => stage.ToString().ToLowerInvariant(),
    };

    public readonly struct Lap(ImportClock clock, ImportStage stage, long start) : IDisposable
    {
        public void Dispose() => clock._spent[(int)stage] += Stopwatch.GetElapsedTime(start);
    }
}
