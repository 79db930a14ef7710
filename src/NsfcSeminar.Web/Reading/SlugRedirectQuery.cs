using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Reading;

/// <summary>The new address of a renamed or merged record, asked only when its old slug finds
/// nothing, so a reading page costs one more query only on the way to a redirect.</summary>
internal sealed class SlugRedirectQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<string?> FindAsync(RecordType type, string prefix, string slug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var target = await SlugRedirects.FindAsync(db, type, slug, ct);
        return target is null ? null : $"{prefix}/{target}";
    }
}
