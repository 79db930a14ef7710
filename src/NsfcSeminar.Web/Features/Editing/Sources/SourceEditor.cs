using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Interchange.Seminars;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Sources;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Sources;

/// <summary>What the sources page shows of a meeting, whatever its status (drafts too).</summary>
public sealed record SourcesOfMeeting(Bilingual Title, IReadOnlyList<(string Anchor, string Title)> Speeches, IReadOnlyList<SourceItem> Sources);

/// <summary>An archived copy as uploaded: its name, declared type and bytes.</summary>
public sealed record UploadedCopy(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Adds and removes a meeting's sources. Each save is one transaction, recorded as a revision of
/// the meeting (the change tracker sees the source), and reports success only once committed.
/// </summary>
internal sealed class SourceEditor(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
{
    /// <summary>The kinds of file a copy may be: what PdfPig and AngleSharp read, and scans.</summary>
    public static readonly IReadOnlySet<string> AcceptedTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/pdf", "text/plain", "image/png", "image/jpeg", "image/tiff", "image/webp",
    };

    public async Task<string?> AddAsync(string meetingSlug, SourceInput input, UploadedCopy? copy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Problem(input, copy) is { } problem)
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.Include(m => m.Sources).Include(m => m.Speeches).FirstOrDefaultAsync(m => m.Slug == meetingSlug, ct);
        if (meeting is null)
        {
            return L["Editing.NoSeminarHasThisAddressIt"];
        }

        var source = new Source
        {
            SortOrder = meeting.Sources.Count == 0 ? 1 : meeting.Sources.Max(s => s.SortOrder) + 1,
            Speech = meeting.Speeches.FirstOrDefault(s => s.Anchor == input.Speech),
            Address = Clean(input.Address),
            Title = Bilingual.Of(Clean(input.TitleEn), Clean(input.TitleZh)),
            Publisher = Bilingual.Of(Clean(input.PublisherEn), Clean(input.PublisherZh)),
            PublishedOn = input.PublishedOn,
            RetrievedOn = input.RetrievedOn,
            Language = input.Language,
        };
        if (copy is not null)
        {
            source.Copies.Add(ArchivedCopies.Create(Path.GetFileName(copy.FileName), copy.ContentType, copy.Content));
        }

        meeting.Sources.Add(source);
        await db.SaveWithRevisionsAsync(ct);
        return null;
    }

    public async Task<SourcesOfMeeting?> LoadAsync(string meetingSlug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Slug == meetingSlug)
            .Select(m => new { m.Id, Texts = m.Texts.Select(t => new { t.Language, t.Title }).ToList() })
            .FirstOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var speeches = await db.Speeches.AsNoTracking().Where(s => s.MeetingId == meeting.Id).OrderBy(s => s.SortOrder)
            .Select(s => new { s.Anchor, Title = s.Texts.Where(t => t.Title != "").Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        var sources = await MeetingSourcesQuery.ReadSourcesAsync(db, meetingSlug, ct);
        var title = Bilingual.Of(
            meeting.Texts.FirstOrDefault(t => t.Language == Language.En)?.Title, meeting.Texts.FirstOrDefault(t => t.Language == Language.Zh)?.Title);
        return new SourcesOfMeeting(title, [.. speeches.Select(s => (s.Anchor, s.Title ?? s.Anchor))], sources);
    }

    /// <summary>The meeting's sources by their order on the page, which the remove buttons name.</summary>
    public async Task<List<int>> SourceIdsAsync(string meetingSlug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Sources.Where(s => db.Meetings.Any(m => m.Id == s.MeetingId && m.Slug == meetingSlug))
            .OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync(ct);
    }

    public async Task<bool> RemoveAsync(string meetingSlug, int sourceId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == sourceId && db.Meetings.Any(m => m.Id == s.MeetingId && m.Slug == meetingSlug), ct);
        if (source is null)
        {
            return false;
        }

        db.Sources.Remove(source);
        await db.SaveWithRevisionsAsync(ct);
        return true;
    }

    private string? Problem(SourceInput input, UploadedCopy? copy)
    {
        var address = Clean(input.Address);
        if (address is null && Clean(input.TitleEn) is null && Clean(input.TitleZh) is null)
        {
            return L["Editing.GiveTheSourcesAddressOrIts"];
        }

        if (address is not null && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            return L["Editing.TheAddressMustBeAFull"];
        }

        if (copy is not null && !AcceptedTypes.Contains(copy.ContentType.Split(';')[0].Trim()))
        {
            return L["Editing.AnArchivedCopyMayBeAn"];
        }

        return copy is { Content.Length: > SourceRules.MaxCopyBytes } ? L["Editing.AnArchivedCopyMayBeAt"].Value : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
