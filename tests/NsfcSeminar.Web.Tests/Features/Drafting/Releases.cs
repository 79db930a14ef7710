using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Sample;
using NsfcSeminar.Web.Features.Drafting;

namespace NsfcSeminar.Web.Tests.Features.Drafting;

/// <summary>The releases the proposer is tested on, and the sample archive's names to match
/// them against (taken from the sample records themselves, so the two never drift apart).</summary>
internal static class Releases
{
    public static DraftVocabulary SampleVocabulary { get; } = LoadSampleVocabulary();

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Drafting", "Releases", name));

    /// <summary>The seed release is not copied into the repository: it is read from the shared
    /// folder beside the clone (<c>../shared/seed/</c>), where CI and the workstations keep it.</summary>
    public static string ReadSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NsfcSeminar.sln")))
            {
                var seed = Path.Combine(dir.FullName, "..", "shared", "seed");
                var file = Directory.Exists(seed) ? Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
                return file is null
                    ? throw new InvalidOperationException($"No seed release in {seed}: the shared folder must sit beside the clone.")
                    : File.ReadAllText(file);
            }
        }

        throw new InvalidOperationException("NsfcSeminar.sln not found above " + AppContext.BaseDirectory);
    }

    private static DraftVocabulary LoadSampleVocabulary()
    {
        // Adding entities to a context opens no connection; the change tracker holds the records.
        var builder = new DbContextOptionsBuilder<SeminarDbContext>();
        builder.UseSeminarDatabase("Host=unused");
        var options = builder.Options;
        using var db = new SeminarDbContext(options);
        SampleArchive.AddTo(db);
        var tracked = db.ChangeTracker.Entries().Select(e => e.Entity).ToList();
        return new DraftVocabulary(
            [.. tracked.OfType<Person>().Select(p => new KnownName(p.Slug, p.Name.En, p.Name.Zh))],
            [.. tracked.OfType<Organisation>().Select(o => new KnownName(o.Slug, o.Name.En, o.Name.Zh, o.ShortName.En, o.ShortName.Zh))],
            [.. tracked.OfType<AttendeeGroup>().Select(g => new KnownName(g.Slug, g.Name.En, g.Name.Zh))],
            [.. tracked.OfType<MeetingSeries>().Select(s => new KnownName(s.Slug, s.Name.En, s.Name.Zh))],
            [.. tracked.OfType<ReformTheme>().OrderBy(t => t.SortOrder).Select(t => new KnownName(t.Slug, t.Name.En, t.Name.Zh))]);
    }
}
