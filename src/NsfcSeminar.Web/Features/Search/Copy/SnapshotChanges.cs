using System.Data.Common;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>What one snapshot of PostgreSQL sees of the changes since a horizon
/// (<see cref="CopyStatements.Changes"/>): the horizon now, and each meeting changed with the
/// transaction that changed it.</summary>
internal sealed record SnapshotChanges(long Horizon, int[] Meetings, long[] Changes)
{
    /// <summary>The row <see cref="CopyStatements.Changes"/> returns, where <paramref name="row"/> stands.</summary>
    public static SnapshotChanges Read(DbDataReader row) =>
        new(row.GetInt64(0), row.GetFieldValue<int[]>(1), row.GetFieldValue<long[]>(2));

    /// <summary>The meetings whose change <paramref name="copy"/> does not hold, with that change.</summary>
    public Dictionary<int, long> NotHeldBy(CopyState copy)
    {
        var lacking = new Dictionary<int, long>();
        for (var i = 0; i < Meetings.Length; i++)
        {
            if (!copy.Holds(Meetings[i], Changes[i]))
            {
                lacking[Meetings[i]] = Changes[i];
            }
        }

        return lacking;
    }
}
