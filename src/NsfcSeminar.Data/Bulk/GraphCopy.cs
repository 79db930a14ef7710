using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// Writes whole graphs of new entities (meetings with everything they own) with binary COPY
/// inside the context's transaction, without the change tracker: attaching a batch of a hundred
/// seminars (some 13,500 entities) and fixing up their keys was most of an import's copying.
/// The rows are found through the model (<see cref="NewGraph"/>), so a new column or a new owned
/// collection is copied without a change here. Nothing is tracked afterwards, and no
/// interceptor runs: the caller records the revisions.
/// </summary>
public static class GraphCopy
{
    /// <summary>Gives every entity of the graphs under <paramref name="roots"/> its key and its
    /// foreign keys (readable afterwards, as after a save) and copies them, tables in the order
    /// their foreign keys need.</summary>
    public static async Task CopyAsync(DbContext db, IEnumerable<object> roots, CancellationToken ct) =>
        await (await KeyAsync(db, roots, ct)).WriteAsync(ct);

    /// <summary>The first half of <see cref="CopyAsync"/>: keys and foreign keys given, nothing
    /// written yet, so that the caller can build what needs the keys (revisions) while the rows
    /// are copied.</summary>
    public static async Task<KeyedGraph> KeyAsync(DbContext db, IEnumerable<object> roots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var graph = new NewGraph(db.Model);
        graph.Add(roots);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var (type, entities) in graph.Rows)
        {
            await KeySequence.AssignAsync(connection, type, entities, ct);
        }

        graph.Connect();

        CreatedStamps.Apply(db, graph.Rows.Values.SelectMany(e => e));
        return new KeyedGraph(connection, graph);
    }
}
