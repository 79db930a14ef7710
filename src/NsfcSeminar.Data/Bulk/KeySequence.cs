using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>Takes keys for new rows from their table's identity sequence in one query, as an
/// INSERT would have, and sets them on the entries: the change tracker then carries each key
/// into the foreign keys that point to it.</summary>
internal static class KeySequence
{
    public static async Task AssignAsync(NpgsqlConnection connection, IEntityType type, List<EntityEntry> entries, CancellationToken ct)
    {
        // Composite keys (theme links) are made of the keys of others.
        if (type.FindPrimaryKey()!.Properties is not [var key] || key.ValueGenerated == ValueGenerated.Never)
        {
            return;
        }

        var waiting = entries.Where(e => e.Property(key).IsTemporary).ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var table = type.GetTableName()!;
        var column = key.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()))!;
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("column", column);
        command.Parameters.AddWithValue("count", waiting.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        foreach (var entry in waiting)
        {
            await reader.ReadAsync(ct);
            var property = entry.Property(key);
            property.CurrentValue = Convert.ChangeType(reader.GetInt64(0), key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            property.IsTemporary = false;
        }
    }
}
