using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>The outcome of an import or a dry run: counts per section, every problem found
/// (up to a limit), and warnings that do not stop the import (near-duplicate names).</summary>
public sealed class ImportReport(string fileName)
{
    /// <summary>Enough to fix a bundle in one go; a file with more is broken wholesale and the
    /// rest would add nothing.</summary>
    public const int MaxProblems = 200;

    private readonly List<ImportProblem> _problems = [];
    private readonly List<string> _warnings = [];
    private readonly List<RecordChange> _changes = [];

    /// <summary>The updated records whose changes are listed; beyond them only the counts say.</summary>
    public const int MaxChangedRecords = 500;

    public string FileName { get; } = fileName;

    public IReadOnlyDictionary<BundleSection, SectionCounts> Counts { get; } =
        BundleSections.InFileOrder.ToDictionary(s => s, _ => new SectionCounts());

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Every updated record with each field it changes (old → new), in the dry run as
    /// in the real one.</summary>
    public IReadOnlyList<RecordChange> Changes => _changes;

    public bool ChangesTruncated { get; private set; }

    public void Changed(RecordChange change)
    {
        if (_changes.Count >= MaxChangedRecords)
        {
            ChangesTruncated = true;
            return;
        }

        _changes.Add(change);
    }

    /// <summary>True when more problems were found than are kept.</summary>
    public bool ProblemsTruncated { get; private set; }

    /// <summary>Where the import's time went, stage by stage.</summary>
    public ImportClock Clock { get; } = new();

    public bool Succeeded => _problems.Count == 0;

    /// <summary>Set once the changes are committed; a dry run or a failed import never is.</summary>
    public bool Committed { get; set; }

    public void Add(ImportProblem problem)
    {
        if (_problems.Count >= MaxProblems)
        {
            ProblemsTruncated = true;
            return;
        }

        _problems.Add(problem);
    }

    public void Warn(string warning) => _warnings.Add(warning);

    public IEnumerable<string> DescribeProblems()
    {
        foreach (var problem in _problems)
        {
            yield return problem.Describe(FileName);
        }

        if (ProblemsTruncated)
        {
            yield return $"{FileName}: more than {MaxProblems} problems; fix these and import again to see the rest";
        }
    }
}
