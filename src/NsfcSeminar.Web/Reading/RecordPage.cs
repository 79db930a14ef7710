using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Reading;

namespace NsfcSeminar.Web.Reading;

/// <summary>
/// A reading page for one record found by its slug: it loads the record for the current reader
/// and answers a real 404 when there is none (or none this reader may see).
/// </summary>
public abstract class RecordPage<TRecord> : ComponentBase
    where TRecord : class
{
    [Parameter] public string Slug { get; set; } = "";

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected TRecord? Record { get; private set; }

    protected abstract Task<TRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct);

    protected override async Task OnParametersSetAsync()
    {
        Record = await FindAsync(Slug, ReaderAccessResolver.For(HttpContext?.User), HttpContext?.RequestAborted ?? default);
        if (Record is null)
        {
            Navigation.NotFound();
        }
    }
}
