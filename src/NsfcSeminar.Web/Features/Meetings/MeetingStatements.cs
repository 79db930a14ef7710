using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>
/// Sends the meeting page's statements, one or several joined by semicolons, in one round trip
/// (Npgsql prepares each of them apart when the context uses <see cref="PreparedStatements"/>). With one
/// free core shared by the portal, PostgreSQL and the client, each round trip of the page's eight
/// was a wake-up on either side (docs/performance.md). EF Core cannot send its queries as one
/// batch, so the statements are SQL, each beside the code that reads its rows; they go through
/// EF Core's own command pipeline so that they are logged and intercepted like its queries.
/// Every statement takes <c>@slug</c> (one meeting) or <c>@slugs</c> (an array), and any others it names in <c>more</c>.
/// </summary>
internal static class MeetingStatements
{
    public static async Task<RelationalDataReader> ReadAsync(
        SeminarDbContext db, string sql, IReadOnlyList<string> slugs, CancellationToken ct, params NpgsqlParameter[] more)
    {
        object[] parameters = [new NpgsqlParameter("slug", slugs.Count == 1 ? slugs[0] : DBNull.Value), new NpgsqlParameter("slugs", slugs.ToArray()), .. more];
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters, db.Model);
        return await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()),
            ct);
    }

    /// <summary>The rows of the next statement of the batch.</summary>
    public static async Task<DbDataReader> NextAsync(this DbDataReader rows, CancellationToken ct)
    {
        if (!await rows.NextResultAsync(ct))
        {
            throw new InvalidOperationException("The meeting page's read returned fewer results than it has statements.");
        }

        return rows;
    }
}
