using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Seminars;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Imports the seminars as they stream past, in batches: each batch is compared with what the
/// archive holds (by slug) and only new or changed seminars are written, new ones with binary
/// COPY straight from their entities, untracked (<see cref="GraphCopy"/>), changed ones as an editor's save. A changed seminar keeps
/// its row and id; what it owns (texts, participants, speeches, citations, themes) is replaced
/// by the bundle's, speeches keeping their anchors and so their links.
/// </summary>
internal sealed class SeminarImport(ImportSession session, int batchSize = SeminarImport.DefaultBatchSize) : ISectionImport
{
    public const int DefaultBatchSize = 100;

    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    /// <summary>Each record typed, and what it stated as its bytes: parsed into a tree again only
    /// when the archive holds the seminar already (most imports are of new ones).</summary>
    private readonly List<(SeminarRecord Record, byte[] Stated)> _batch = [];

    private ImportClock Clock => session.Report.Clock;

    public async Task ReadAsync(JsonDocument record, int position, CancellationToken ct)
    {
        var lap = Clock.Time(ImportStage.Parsing);
        var parsed = RecordParser.Parse<SeminarRecord>(record, BundleSection.Seminars, position, session.Report);
        lap.Dispose();
        lap = Clock.Time(ImportStage.Checking);
        var slug = RecordParser.SlugOf(record);
        var check = new RecordCheck(session.Report, BundleSection.Seminars, position, slug, parsed.Reported);
        if (slug is not null && !_positions.TryAdd(slug, position))
        {
            check.Problem("slug", $"'{slug}' is already the slug of seminars[{_positions[slug]}]; each slug may appear once in a bundle");
        }

        if (parsed.Checkable is { } checkable)
        {
            await PeopleLookUp.NamedByAsync(checkable, session, ct);
            SeminarRules.Check(checkable, check, session.Slugs);
        }

        lap.Dispose();
        if (!session.Writing || parsed.Whole is null)
        {
            _batch.Clear();
            return;
        }

        using (Clock.Time(ImportStage.Parsing))
        {
            _batch.Add((parsed.Whole, RecordParser.StatedBytes(record)));
        }

        if (_batch.Count >= batchSize)
        {
            await FlushAsync(ct);
        }
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (session.Writing)
        {
            await FlushAsync(ct);
        }

        await session.Writes.WaitAsync();
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        // The connection is the last batch's copy's until it ends.
        await session.Writes.WaitAsync();
        var db = session.Db;
        var counts = session.Report.Counts[BundleSection.Seminars];
        var slugs = _batch.Select(r => r.Record.Slug).ToList();
        var lap = Clock.Time(ImportStage.ReadingStored);
        var stored = (await SeminarLoader.LoadAsync(db, db.Meetings.Where(m => slugs.Contains(m.Slug)), ct))
            .ToDictionary(s => s.Meeting.Slug, StringComparer.Ordinal);
        await PeopleLookUp.NamedByAsync(stored.Values, session, ct);
        lap.Dispose();
        lap = Clock.Time(ImportStage.Checking);

        var themes = new Dictionary<int, ReformTheme>();
        var created = new List<SeminarRecord>();
        var changed = new List<(int Id, SeminarRecord Record, Meeting Fresh)>();
        foreach (var (record, stated) in _batch)
        {
            if (!stored.TryGetValue(record.Slug, out var old))
            {
                created.Add(record);
                counts.Created++;
            }
            else if (StatedRecord.Resolve(session, BundleSection.Seminars.Name(), record.Slug, SeminarMapping.ToRecord(old, session.Slugs), JsonNode.Parse(stated)!.AsObject()) is { } resolved)
            {
                // What the bundle left out came from the stored record: the whole must still hold.
                SeminarRules.Check(resolved, new RecordCheck(session.Report, BundleSection.Seminars, _positions[record.Slug], record.Slug), session.Slugs);
                changed.Add((old.Meeting.Id, resolved, SeminarGraph.Build(resolved, session.Slugs, id => ThemeStub(themes, id))));
                counts.Updated++;
            }
            else
            {
                counts.Unchanged++;
            }
        }

        _batch.Clear();
        lap.Dispose();
        using (Clock.Time(ImportStage.NearDuplicates))
        {
            await WarnOfDuplicatesAsync(created, ct);
        }

        if (!session.Writing)
        {
            db.ChangeTracker.Clear();
            return;
        }

        // Changed seminars are saved as an editor's save is (with their revisions);
        // new ones are copied, and get their first revisions in bulk.
        using (Clock.Time(ImportStage.Updating))
        {
            await ReplaceAsync(changed, ct);
            await db.SaveWithRevisionsAsync(ct);
            db.ChangeTracker.Clear();
        }

        List<Meeting> meetings;
        KeyedGraph graph;
        using (Clock.Time(ImportStage.Copying))
        {
            themes.Clear();
            meetings = [.. created.Select(record => SeminarGraph.Build(record, session.Slugs, id => ThemeStub(themes, id)))];
            graph = await GraphCopy.KeyAsync(db, meetings, ct);
            db.ChangeTracker.Clear();
        }

        session.CreatedMeetings.AddRange(meetings.Select(m => m.Id));
        await session.Writes.StartAsync(() => WriteAsync(graph, meetings, ct));
    }

    /// <summary>Copies a batch of new seminars and their first revisions, behind the reading of
    /// the next batch (<see cref="WriteBehind"/>); the revisions' contents are written out on
    /// another thread while the rows are copied.</summary>
    private async Task WriteAsync(KeyedGraph graph, List<Meeting> meetings, CancellationToken ct)
    {
        // From the entities just written, not read back: the same snapshots, without a query.
        var revisions = Task.Run(() => FirstRevisions.Rows([.. meetings.Select(m => CopiedSnapshots.Of(m, session.Slugs))]), ct);
        using (Clock.Time(ImportStage.Copying))
        {
            await SearchHandOff.QuietlyAsync(session.Db, () => graph.WriteUntriggeredAsync(ct), ct);
        }

        using (Clock.Time(ImportStage.Revisions))
        {
            await FirstRevisions.CopyAsync(session.Db, await revisions, ct);
        }
    }

    private async Task ReplaceAsync(List<(int Id, SeminarRecord Record, Meeting Fresh)> changed, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return;
        }

        var db = session.Db;
        var ids = changed.Select(c => c.Id).ToArray();

        // Speeches take their texts and theme links with them (ON DELETE CASCADE).
        await db.Database.ExecuteSqlAsync($"DELETE FROM speeches WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM participations WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM meeting_texts WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM meeting_citations WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM meeting_themes WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM meeting_sessions WHERE meeting_id = ANY({ids})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM sources WHERE meeting_id = ANY({ids})", ct);

        var meetings = await db.Meetings.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        foreach (var (id, record, fresh) in changed)
        {
            var meeting = meetings[id];
            SeminarGraph.CopyFields(record, meeting, session.Slugs);
            meeting.Texts.AddRange(fresh.Texts);
            meeting.Participations.AddRange(fresh.Participations);
            meeting.Speeches.AddRange(fresh.Speeches);
            meeting.Citations.AddRange(fresh.Citations);
            meeting.Themes.AddRange(fresh.Themes);
            meeting.Sessions.AddRange(fresh.Sessions);
            meeting.Sources.AddRange(fresh.Sources);
        }
    }

    /// <summary>A new seminar that repeats an archived one (the same release imported twice under
    /// two slugs) is imported as asked, with a warning naming the one it seems to repeat.</summary>
    private async Task WarnOfDuplicatesAsync(List<SeminarRecord> records, CancellationToken ct)
    {
        var created = records
            .Select(r => new SeminarCandidate(r.Slug, r.StartDate, session.Slugs.Series.IdOrNull(r.Series), r.SequenceNumber, [.. r.Texts.All().Select(t => t.Version.Title)]))
            .ToList();
        foreach (var duplicate in await SeminarDuplicates.FindAsync(session.Db, created, ct))
        {
            session.Report.Warn(
                $"seminars[{_positions[duplicate.CandidateSlug]}] (slug '{duplicate.CandidateSlug}'): has {duplicate.Described} as '{duplicate.ArchivedSlug}'; " +
                "imported as a new seminar: if they are the same, use one slug");
        }
    }

    /// <summary>A theme known only by its id, attached as unchanged: linking a speech to it
    /// writes the link row and nothing else.</summary>
    private ReformTheme ThemeStub(Dictionary<int, ReformTheme> themes, int id)
    {
        if (!themes.TryGetValue(id, out var theme))
        {
            theme = new ReformTheme { Id = id, Slug = session.Slugs.Themes.SlugOf(id)! };
            session.Db.Attach(theme);
            themes[id] = theme;
        }

        return theme;
    }
}
