using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>A speech as the seminar form lists it.</summary>
public sealed record SpeechRow(int Id, uint Version, string Anchor, SpeechKind Kind, string? TitleEn, string? TitleZh, Bilingual? Person, Bilingual? Organisation);

/// <summary>Lists, reorders and removes the speeches of a seminar. Each action is saved at once;
/// removal checks the speech's concurrency token, so a speech someone is editing is not lost.</summary>
internal sealed class MeetingSpeeches(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SpeechRow>> ListAsync(int meetingId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Speeches.AsNoTracking()
            .Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new SpeechRow(
                s.Id,
                s.Version,
                s.Anchor,
                s.Kind,
                s.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
                s.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
                s.SpeakerPerson == null ? null : s.SpeakerPerson.Name,
                s.SpeakerOrganisation == null ? null : s.SpeakerOrganisation.Name))
            .ToListAsync(ct);
    }

    /// <summary>The speeches as the meeting page shows them, for the preview of a seminar
    /// whatever its status.</summary>
    public async Task<IReadOnlyList<SpeechItem>> PreviewAsync(int meetingId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Speeches.AsNoTracking()
            .AsSplitQuery()
            .Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder)
            .Select(s => new SpeechItem(
                s.Anchor,
                s.Kind,
                s.SpeakerPerson == null ? null : new RecordLink(s.SpeakerPerson.Slug, s.SpeakerPerson.Name),
                s.SpeakerPerson == null ? null : s.SpeakerPerson.Honorific,
                s.SpeakerOrganisation == null ? null : new RecordLink(s.SpeakerOrganisation.Slug, s.SpeakerOrganisation.Name),
                s.Texts.Select(t => new SpeechTextVersion(t.Language, t.Title, t.Summary, t.BodyMarkdown, t.Provenance, t.TranslatedBy)).ToList(),
                s.Themes.OrderBy(t => t.SortOrder).Select(t => new RecordLink(t.Slug, t.Name)).ToList(),
                s.SpeakerGroup == null ? null : s.SpeakerGroup.Name,
                s.SpeakerDescription,
                s.Session == null ? null : s.Session.Anchor))
            .ToListAsync(ct);
    }

    /// <summary>Swaps a speech with its neighbour (<paramref name="offset"/> -1 up, +1 down).</summary>
    public async Task MoveAsync(int meetingId, int speechId, int offset, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speeches = await db.Speeches.Where(s => s.MeetingId == meetingId).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        var index = speeches.FindIndex(s => s.Id == speechId);
        var target = index + offset;
        if (index < 0 || target < 0 || target >= speeches.Count)
        {
            return;
        }

        (speeches[index], speeches[target]) = (speeches[target], speeches[index]);
        for (var i = 0; i < speeches.Count; i++)
        {
            speeches[i].SortOrder = i + 1;
        }

        await db.SaveWithRevisionsAsync(ct);
    }

    /// <summary>Puts a seminar's speeches in the order the page shows them, if none changed since
    /// the page had them (<paramref name="order"/> holds each speech's id and token).</summary>
    /// <returns>Each speech's new token, or null when one changed (nothing is then moved).</returns>
    public async Task<IReadOnlyDictionary<int, uint>?> ReorderAsync(int meetingId, IReadOnlyList<(int Id, uint Version)> order, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speeches = await db.Speeches.Where(s => s.MeetingId == meetingId).ToDictionaryAsync(s => s.Id, ct);
        var position = 0;
        foreach (var (id, version) in order)
        {
            if (!speeches.TryGetValue(id, out var speech) || speech.Version != version)
            {
                return null;
            }

            position++;
            if (speech.SortOrder != position)
            {
                speech.SortOrder = position;
                db.Entry(speech).Property(s => s.Version).OriginalValue = version;
            }
        }

        try
        {
            await db.SaveWithRevisionsAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }

        return speeches.Values.ToDictionary(s => s.Id, s => s.Version);
    }

    /// <returns>False when the speech changed since the list was loaded (it is then kept).</returns>
    public async Task<bool> RemoveAsync(int speechId, uint version, CancellationToken ct)
    {
        // A tracked delete, not ExecuteDelete: the revision call keeps the speech's last
        // content (so it can be restored) and the version check still applies.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speech = await db.Speeches.Include(s => s.Texts).Include(s => s.Themes)
            .SingleOrDefaultAsync(s => s.Id == speechId, ct);
        if (speech is null || speech.Version != version)
        {
            return false;
        }

        db.Speeches.Remove(speech);
        try
        {
            await db.SaveWithRevisionsAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
