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
        MissingKind.Meeting => L["Translations.MeetingsTexts"],
        MissingKind.Speech => L["Translations.SpeechesTexts"],
        MissingKind.Person => L["Translations.PeoplesNames"],
        MissingKind.Organisation => L["Translations.OrganisationsNames"],
        _ => L["Translations.ThemesNames"],
    };
}
