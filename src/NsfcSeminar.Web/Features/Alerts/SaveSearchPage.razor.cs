using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Alerts;

public sealed partial class SaveSearchPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm] private SaveInput Input { get; set; } = null!;

    private string? message;

    protected override void OnInitialized()
    {
        if (Input is null)
        {
            // First visit: the search arrives as the search page's own parameters.
            var request = SearchRequest.Parse(name => HttpContext.Request.Query[name].FirstOrDefault());
            Input = new SaveInput { Query = SavedQuery.Of(request), Name = request.Text.Trim() };
        }
    }

    private string Describe() => string.IsNullOrEmpty(Input.Query) ? L["Alerts.EveryRecord"] : Uri.UnescapeDataString(Input.Query);

    private async Task SaveAsync()
    {
        var name = (Input.Name ?? "").Trim();
        var query = SavedQuery.Of(SavedQuery.Parse(Input.Query ?? ""));
        if (name.Length == 0 || name.Length > SavedSearch.NameMaxLength)
        {
            message = L["Alerts.GiveTheSearchANameOf"];
            return;
        }

        if (query.Length > SavedSearch.QueryMaxLength)
        {
            message = L["Alerts.ThisSearchIsTooLongTo"];
            return;
        }

        var userId = HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var id = await Searches.SaveAsync(userId, name, query, ReaderLanguage.Current, Input.Frequency, HttpContext.RequestAborted);
        if (id is null)
        {
            message = string.Format(System.Globalization.CultureInfo.CurrentCulture, L["Alerts.YouAlreadyKeepSavedSearchesDelete"], SavedSearches.MostPerReader);
            return;
        }

        Navigation.NavigateTo($"{SavedSearchPaths.List}?saved={id}");
    }

    private sealed class SaveInput
    {
        public string? Name { get; set; }

        public string? Query { get; set; }

        public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    }
}
