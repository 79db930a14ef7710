using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// The foreign keys of rows copied without their triggers (<see cref="UntriggeredCopy"/>),
/// checked as the triggers would, but set-wise: for each foreign key of each table, one
/// statement finds the rows its distinct values name and locks them as the triggers do
/// (<c>FOR KEY SHARE</c>: nobody may delete them or change their keys until the import ends).
/// A value that names a row this same graph copied is left out: that row was written in this
/// transaction, which no one else can see. A value naming no row is refused with the error
/// PostgreSQL gives for it, so the import fails and reports it as it did before.
/// </summary>
internal static class ForeignKeyCheck
{
    public static async Task RunAsync(NpgsqlConnection connection, NewGraph graph, CancellationToken ct)
    {
        var checks = Checks(graph).ToList();
        if (checks.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection);
        foreach (var (key, values) in checks)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT count(*) FROM (SELECT 1 FROM {Principal(key)} WHERE {PrincipalColumn(key)} = ANY($1) FOR KEY SHARE) AS present")
            {
                Parameters = { new NpgsqlParameter { Value = values } },
            });
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var found = new List<long>();
        do
        {
            await reader.ReadAsync(ct);
            found.Add(reader.GetInt64(0));
        }
        while (await reader.NextResultAsync(ct));

        await reader.DisposeAsync();
        for (var i = 0; i < checks.Count; i++)
        {
            if (found[i] < checks[i].Values.Length)
            {
                throw await RefusalAsync(connection, checks[i].Key, checks[i].Values, ct);
            }
        }
    }

    /// <summary>Each foreign key with the distinct values the rows give it that name rows
    /// stored before this graph.</summary>
    private static IEnumerable<(IForeignKey Key, Array Values)> Checks(NewGraph graph)
    {
        // A speech's texts and theme links both name speeches: each key's copied values are read once.
        var copiedKeys = new Dictionary<IKey, HashSet<object?>>();
        foreach (var (type, rows) in graph.Rows)
        {
            foreach (var key in type.GetForeignKeys())
            {
                if (key.Properties.Count != 1)
                {
                    throw new NotSupportedException($"{type.DisplayName()} has a foreign key of {key.Properties.Count} columns: only keys of one column are checked set-wise.");
                }

                if (!copiedKeys.TryGetValue(key.PrincipalKey, out var copied))
                {
                    copied = copiedKeys[key.PrincipalKey] = graph.Rows.TryGetValue(key.PrincipalEntityType, out var principals)
                        ? principals.Select(p => CopyColumn.Read(key.PrincipalKey.Properties[0], p)).ToHashSet()
                        : [];
                }

                var stored = rows.Select(r => CopyColumn.Read(key.Properties[0], r))
                    .Where(v => v is not null && !copied.Contains(v))
                    .Distinct()
                    .ToArray();
                if (stored.Length > 0)
                {
                    var values = Array.CreateInstance(key.PrincipalKey.Properties[0].ClrType, stored.Length);
                    Array.Copy(stored, values, stored.Length);
                    yield return (key, values);
                }
            }
        }
    }

    private static async Task<PostgresException> RefusalAsync(NpgsqlConnection connection, IForeignKey key, Array values, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT v::text FROM unnest($1) AS v WHERE NOT EXISTS (SELECT 1 FROM {Principal(key)} WHERE {PrincipalColumn(key)} = v) LIMIT 1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = values } },
        };
        var missing = await command.ExecuteScalarAsync(ct);
        var table = key.DeclaringEntityType.GetTableName();
        var column = key.Properties[0].GetColumnName();
        return new PostgresException(
            $"insert or update on table \"{table}\" violates foreign key constraint \"{key.GetConstraintName()}\"", "ERROR", "ERROR", PostgresErrorCodes.ForeignKeyViolation,
            detail: $"Key ({column})=({missing}) is not present in table \"{key.PrincipalEntityType.GetTableName()}\".",
            tableName: table, columnName: column, constraintName: key.GetConstraintName());
    }

    private static string Principal(IForeignKey key) => $"\"{key.PrincipalEntityType.GetTableName()}\"";

    private static string PrincipalColumn(IForeignKey key) => $"\"{key.PrincipalKey.Properties[0].GetColumnName()}\"";
}
