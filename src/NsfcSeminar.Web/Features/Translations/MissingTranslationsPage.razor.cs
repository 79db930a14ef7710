using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Translations;

public sealed partial class MissingTranslationsPage
{
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private IReadOnlyList<MissingTranslation> Missing { get; set; } = [];

    protected override async Task OnInitializedAsync() =>
        Missing = await Query.ListAsync(HttpContext?.RequestAborted ?? default);

    private string KindLabel(MissingKind kind) => kind switch
    {
        MissingKind.Meeting => L["Meetings' texts"],
        MissingKind.Speech => L["Speeches' texts"],
        MissingKind.Person => L["People's names"],
        MissingKind.Organisation => L["Organisations' names"],
        _ => L["Themes' names"],
    };
}
