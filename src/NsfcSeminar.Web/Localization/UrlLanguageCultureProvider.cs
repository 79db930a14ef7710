using Microsoft.AspNetCore.Localization;

namespace NsfcSeminar.Web.Localization;

/// <summary>First say in the request's culture: the language its URL names.</summary>
internal sealed class UrlLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = httpContext.Features.Get<UrlLanguage>();
        return Task.FromResult(language is null
            ? null
            : new ProviderCultureResult(PortalLanguages.CultureOf(language.Language).Name));
    }
}
