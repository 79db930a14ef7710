using Microsoft.EntityFrameworkCore.Metadata;

namespace NsfcSeminar.Data.Bulk;

/// <summary>The order in which tables of new rows are written: a table after every table its
/// foreign keys point to, as each COPY checks its keys when it ends (a key to a row of the same
/// COPY is fine).</summary>
internal static class RowOrder
{
    public static List<IEntityType> Sort(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        var sorted = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => !t.GetForeignKeys().Any(k => k.PrincipalEntityType != t && pending.Contains(k.PrincipalEntityType)))
                ?? throw new InvalidOperationException($"The foreign keys of {string.Join(", ", pending.Select(t => t.DisplayName()))} form a cycle; they cannot be copied one table at a time.");
            sorted.Add(next);
            pending.Remove(next);
        }

        return sorted;
    }
}
