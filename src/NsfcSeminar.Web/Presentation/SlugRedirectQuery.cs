using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Presentation;

/// <summary>The new address of a renamed or merged record, asked only when its old slug finds
/// nothing, so a reading page costs one more query only on the way to a redirect. A record the
/// reader may not know of has no new address either: its new slug would tell its name.</summary>
internal sealed class SlugRedirectQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<string?> FindAsync(RecordType type, string prefix, string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var target = await SlugRedirects.FindAsync(db, type, slug, ct);
        return target is not null && await IsVisibleAsync(db, type, target, access, ct) ? $"{prefix}/{target}" : null;
    }

    private static Task<bool> IsVisibleAsync(SeminarDbContext db, RecordType type, string slug, ReaderAccess access, CancellationToken ct) => type switch
    {
        RecordType.Person => db.People.VisibleTo(access, db).AnyAsync(p => p.Slug == slug, ct),
        RecordType.Organisation => db.Organisations.VisibleTo(access, db).AnyAsync(o => o.Slug == slug, ct),
        RecordType.Theme => db.ReformThemes.VisibleTo(access).AnyAsync(t => t.Slug == slug, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only people, organisations and themes are renamed."),
    };
}
