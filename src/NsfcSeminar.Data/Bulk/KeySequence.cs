using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>Takes keys for new rows from their table's identity sequence in one query, as an
/// INSERT would have, and sets them on the entries (the change tracker then carries each key
/// into the foreign keys that point to it) or on untracked entities (<see cref="NewGraph"/>).</summary>
internal static class KeySequence
{
    public static async Task AssignAsync(NpgsqlConnection connection, IEntityType type, List<EntityEntry> entries, CancellationToken ct)
    {
        if (GeneratedKey(type) is not { } key)
        {
            return;
        }

        var waiting = entries.Where(e => e.Property(key).IsTemporary).ToList();
        var taken = await TakeAsync(connection, type, key, waiting.Count, ct);
        for (var i = 0; i < waiting.Count; i++)
        {
            var property = waiting[i].Property(key);
            property.CurrentValue = Convert.ChangeType(taken[i], key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            property.IsTemporary = false;
        }
    }

    /// <summary>Gives each of <paramref name="entities"/>, all new, its key.</summary>
    public static async Task AssignAsync(NpgsqlConnection connection, IEntityType type, List<object> entities, CancellationToken ct)
    {
        if (GeneratedKey(type) is not { } key)
        {
            return;
        }

        var taken = await TakeAsync(connection, type, key, entities.Count, ct);
        for (var i = 0; i < entities.Count; i++)
        {
            NewGraph.Set(key, entities[i], taken[i]);
        }
    }

    /// <summary>The one key column the database numbers; none for composite keys (theme links
    /// are made of the keys of others).</summary>
    public static IProperty? GeneratedKey(IEntityType type) =>
        type.FindPrimaryKey()?.Properties is [var key] && key.ValueGenerated != ValueGenerated.Never ? key : null;

    private static async Task<List<long>> TakeAsync(NpgsqlConnection connection, IEntityType type, IProperty key, int count, CancellationToken ct)
    {
        var taken = new List<long>(count);
        if (count == 0)
        {
            return taken;
        }

        var table = type.GetTableName()!;
        var column = key.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()))!;
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("column", column);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            taken.Add(reader.GetInt64(0));
        }

        return taken;
    }
}
