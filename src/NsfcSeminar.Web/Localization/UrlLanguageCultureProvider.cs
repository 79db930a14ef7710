using Microsoft.AspNetCore.Localization;
using NsfcSeminar.Data.Model;

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
            : new ProviderCultureResult(language.Language.Culture().Name));
    }
}
