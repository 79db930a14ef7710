using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Web.Features.Alerts;

public sealed partial class SavedSearchesPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromQuery] private long? Saved { get; set; }

    private IReadOnlyList<SavedSearchRow> searches = [];
    private string? notice;
    private string? message;

    private string UserId => HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>One form per search, each with its own name, so a post names the search it changes.</summary>
    public static string FormName(long id) => $"saved-search-{id}";

    protected override async Task OnInitializedAsync()
    {
        if (Saved is not null && !HttpMethods.IsPost(HttpContext.Request.Method))
        {
            notice = L["Alerts.SavedTheFirstEMailComes"];
        }

        searches = await Searches.ListAsync(UserId, HttpContext.RequestAborted);
    }

    private async Task ChangeAsync(long id)
    {
        var form = HttpContext.Request.Form;
        var ct = HttpContext.RequestAborted;
        if (form["action"] == "delete")
        {
            var deleted = await Searches.DeleteAsync(UserId, id, ct);
            notice = deleted ? L["Alerts.TheSavedSearchWasDeleted"].Value : null;
            message = deleted ? null : L["Alerts.ThatSavedSearchIsNotYours"].Value;
            searches = await Searches.ListAsync(UserId, ct);
            return;
        }

        var name = form["name"].ToString().Trim();
        if (name.Length == 0 || name.Length > SavedSearch.NameMaxLength)
        {
            message = L["Alerts.GiveTheSearchANameOf"];
            return;
        }

        if (!Enum.TryParse<DigestFrequency>(form["frequency"], out var frequency) || !Enum.IsDefined(frequency))
        {
            message = L["Alerts.ChooseADailyOrAWeekly"];
            return;
        }

        var stored = await Searches.RenameAsync(UserId, id, name, ct) && await Searches.SetFrequencyAsync(UserId, id, frequency, ct);
        notice = stored ? L["Alerts.YourChangesWereSaved"].Value : null;
        message = stored ? null : L["Alerts.ThatSavedSearchIsNotYours"].Value;
        searches = await Searches.ListAsync(UserId, ct);
    }
}
