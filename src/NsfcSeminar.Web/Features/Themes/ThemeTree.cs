using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes;

/// <summary>A theme in the hierarchy, with how many visible speeches carry it.</summary>
public sealed record ThemeNode(string Slug, Bilingual Name, int SpeechCount, IReadOnlyList<ThemeNode> Children);

/// <summary>The (id, parent) pairs of the vocabulary, which is small enough to walk in memory.</summary>
internal sealed record ThemeEdge(int Id, int? ParentId);

internal static class ThemeHierarchy
{
    /// <summary>The theme and all themes below it.</summary>
    public static HashSet<int> SelfAndDescendants(int rootId, IReadOnlyCollection<ThemeEdge> edges)
    {
        var found = new HashSet<int> { rootId };
        var frontier = new Queue<int>([rootId]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in edges.Where(e => e.ParentId == id))
            {
                // The set also guards against a cycle an editor might create.
                if (found.Add(child.Id))
                {
                    frontier.Enqueue(child.Id);
                }
            }
        }

        return found;
    }
}
