using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Web.Features.Accounts.Acting;

namespace NsfcSeminar.Web.Features.Audit;

/// <summary>
/// Writes the audit log an Admin reads at /admin/audit. Call <see cref="RecordAsync"/> after
/// every change a person makes; the current user (<see cref="SignedInUser"/>) and address are
/// found in a static page, an endpoint or an interactive circuit alike.
/// </summary>
public sealed class AuditLog(
    IDbContextFactory<SeminarDbContext> dbFactory,
    IHttpContextAccessor httpContextAccessor,
    AuthenticationStateProvider authenticationState,
    TimeProvider clock)
{
    /// <summary>Records that the current user did <paramref name="action"/> ("meeting.published")
    /// to the record <paramref name="targetType"/>/<paramref name="targetKey"/> ("meeting",
    /// its slug), with an optional human-readable <paramref name="detail"/>.</summary>
    public async Task RecordAsync(string action, string? targetType, string? targetKey, string? detail = null, CancellationToken ct = default)
    {
        var user = await SignedInUser.OfAsync(authenticationState, httpContextAccessor);
        await RecordAsAsync(
            user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name, action, targetType, targetKey, detail, ct);
    }

    /// <summary>Records an action on behalf of a named account (sign-in, where the user is not
    /// yet on the request; commands run on the server, where there is no request).</summary>
    public async Task RecordAsAsync(
        string? userId, string? userName, string action, string? targetType, string? targetKey, string? detail, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = Truncate(userName, 256),
            Action = action,
            TargetType = targetType,
            TargetKey = Truncate(targetKey, AuditEntry.TargetKeyMaxLength),
            Detail = Truncate(detail, AuditEntry.DetailMaxLength),
            IpAddress = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? Truncate(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;
}
