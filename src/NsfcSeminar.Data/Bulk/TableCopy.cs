using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>One binary COPY of rows into an entity's table, column by column.</summary>
internal static class TableCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, IEntityType type, List<CopyColumn> columns, IEnumerable<object> rows, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{type.GetTableName()}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.ValueOf(row);
                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, column.StoreType, ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }
}
