using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>New graphs whose keys and foreign keys are given (<see cref="GraphCopy.KeyAsync"/>),
/// their rows still to be copied.</summary>
public sealed class KeyedGraph
{
    private readonly NpgsqlConnection _connection;
    private readonly NewGraph _graph;

    internal KeyedGraph(NpgsqlConnection connection, NewGraph graph) => (_connection, _graph) = (connection, graph);

    /// <summary>Copies the rows, a table after every table its foreign keys point to, on the
    /// context's connection, which nothing else may use meanwhile.</summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        foreach (var type in RowOrder.Sort(_graph.Rows.Keys))
        {
            var rows = _graph.Rows[type];
            await TableCopy.WriteAsync(_connection, type, CopyColumn.Of(type, (IReadOnlyCollection<object>)rows), rows, ct);
        }
    }

    /// <summary>Copies the rows as <see cref="WriteAsync"/> does, with the tables' triggers off
    /// where the role may (<see cref="UntriggeredCopy"/>): the foreign keys are then checked
    /// set-wise, and the search documents are the caller's to hand over, as inside
    /// <see cref="SearchHandOff.QuietlyAsync"/>.</summary>
    public async Task WriteUntriggeredAsync(CancellationToken ct)
    {
        if (!await UntriggeredCopy.EnterAsync(_connection, ct))
        {
            await WriteAsync(ct);
            return;
        }

        await WriteAsync(ct);
        await ForeignKeyCheck.RunAsync(_connection, _graph, ct);
        await UntriggeredCopy.LeaveAsync(_connection, announce: true, ct);
    }
}
