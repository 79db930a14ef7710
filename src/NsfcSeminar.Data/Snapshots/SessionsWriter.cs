using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>Writes a revision's sessions back onto its meeting, matched by anchor, before its
/// speeches, which name their session by that anchor.</summary>
internal sealed class SessionsWriter(ReferenceResolver references)
{
    public async Task WriteAsync(Meeting meeting, IReadOnlyList<SessionSnapshot> snapshots, CancellationToken ct)
    {
        meeting.Sessions.RemoveAll(s => snapshots.All(k => k.Anchor != s.Anchor));
        foreach (var snapshot in snapshots)
        {
            var row = meeting.Sessions.FirstOrDefault(s => s.Anchor == snapshot.Anchor);
            if (row is null)
            {
                meeting.Sessions.Add(row = new MeetingSession { Anchor = snapshot.Anchor });
            }

            (row.SortOrder, row.Date, row.Title) = (snapshot.SortOrder, snapshot.Date, snapshot.Title.ToBilingual());
            row.ChairPersonId = await references.PersonAsync(snapshot.Chair, ct);
        }
    }
}
