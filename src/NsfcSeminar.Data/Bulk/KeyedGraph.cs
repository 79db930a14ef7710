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
}
