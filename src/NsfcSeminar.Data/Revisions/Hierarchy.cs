namespace NsfcSeminar.Data.Revisions;

/// <summary>Parent links of a tree (themes, organisations), to refuse a move that would make a
/// record its own ancestor.</summary>
public static class Hierarchy
{
    /// <summary>True when <paramref name="candidate"/> is <paramref name="id"/> or lies below it.</summary>
    public static bool IsSelfOrDescendant(int candidate, int id, IReadOnlyDictionary<int, int?> parents)
    {
        ArgumentNullException.ThrowIfNull(parents);
        var seen = new HashSet<int>();
        for (int? current = candidate; current is int node && seen.Add(node); current = parents.GetValueOrDefault(node))
        {
            if (node == id)
            {
                return true;
            }
        }

        return false;
    }
}
