using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Presentation;

/// <summary>
/// A reading page for one record found by its slug: it loads the record for the current reader
/// and answers a real 404 when there is none (or none this reader may see), or a 301 to the new
/// address of a record that was renamed or merged.
/// </summary>
public abstract class RecordPage<TRecord> : ComponentBase
    where TRecord : class
{
    [Parameter] public string Slug { get; set; } = "";

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected TRecord? Record { get; private set; }

    protected abstract Task<TRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct);

    /// <summary>Where a slug that names no record now leads ("themes/new-slug"), if anywhere.</summary>
    protected virtual Task<string?> FindNewAddressAsync(string slug, ReaderAccess access, CancellationToken ct) => Task.FromResult<string?>(null);

    protected override async Task OnParametersSetAsync()
    {
        var ct = HttpContext?.RequestAborted ?? default;
        var access = ReaderAccessResolver.For(HttpContext?.User);
        Record = await FindAsync(Slug, access, ct);
        if (Record is not null)
        {
            return;
        }

        // Permanent, so that search engines and citations move to the new address.
        if (HttpContext is not null && await FindNewAddressAsync(Slug, access, ct) is { } address)
        {
            HttpContext.Response.Redirect($"{HttpContext.Request.PathBase}/{address}", permanent: true);
            return;
        }

        Navigation.NotFound();
    }
}
