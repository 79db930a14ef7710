using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>The checks of a vocabulary's parents, made on the whole section at once: a parent
/// may come after its child in the bundle, and a cycle shows only in the whole.</summary>
internal static class ParentChecks
{
    public static void Check<TRecord, TEntity>(
        VocabularyKind<TRecord, TEntity> kind, IReadOnlyList<(int Position, TRecord Record)> records, SlugIndex index, ImportReport report)
        where TRecord : class
        where TEntity : class
    {
        var parents = records.ToDictionary(r => kind.SlugOf(r.Record), r => kind.ParentOf(r.Record), StringComparer.Ordinal);
        foreach (var (position, record) in records)
        {
            var slug = kind.SlugOf(record);
            var check = new RecordCheck(report, kind.Section, position, slug);
            var parent = kind.ParentOf(record);
            if (parent == slug)
            {
                check.Problem("parent", "names the record itself as its parent");
                continue;
            }

            check.Reference("parent", parent, index, $"a parent in {kind.Section.Name()}");

            // Follow the parents within the bundle: coming back to the start is a cycle.
            var seen = new HashSet<string>(StringComparer.Ordinal) { slug };
            for (var at = parent; at is not null && parents.TryGetValue(at, out var next); at = next)
            {
                if (!seen.Add(at))
                {
                    check.Problem("parent", $"makes a cycle: following parents from '{slug}' comes back to '{at}'");
                    break;
                }
            }
        }
    }
}
