using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Audit;

public sealed record AuditLine(
    DateTimeOffset At, string? UserName, string Action, string? TargetType, string? TargetKey, string? Detail, IPAddress? IpAddress);

public sealed record AuditPageResult(IReadOnlyList<AuditLine> Lines, int Page, int PageCount, int TotalCount);

/// <summary>The audit log, newest first, a page at a time.</summary>
internal sealed class AuditQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int PageSize = 50;

    public async Task<AuditPageResult> LoadAsync(int page, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.AuditEntries.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var lines = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditLine(e.At, e.UserName, e.Action, e.TargetType, e.TargetKey, e.Detail, e.IpAddress))
            .ToListAsync(ct);
        return new AuditPageResult(lines, page, pageCount, total);
    }
}
