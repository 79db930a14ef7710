using Microsoft.AspNetCore.Localization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>
/// Reads the language from the first path segment (<c>/zh/meetings/…</c>) and moves it into the
/// path base, so that every page has one route for both languages and every relative link (the
/// pages write no leading slash) stays in the language of the page it is on. The language read
/// last is remembered in the standard culture cookie for addresses that carry none.
/// </summary>
internal sealed class LanguagePrefixMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromDays(365);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var segment = FirstSegment(path);
        if (!Languages.TryParseCode(segment, out var language))
        {
            return next(context);
        }

        var prefix = "/" + language.Code();
        var rest = path[(1 + segment.Length)..];
        if (rest.Length == 0)
        {
            // "/zh" alone: the language root is "/zh/", or relative links would lose the prefix.
            context.Response.Redirect(request.PathBase + prefix + "/" + request.QueryString);
            return Task.CompletedTask;
        }

        request.PathBase = request.PathBase.Add(prefix);
        request.Path = rest;
        context.Features.Set(new UrlLanguage(language));
        Remember(context, language);
        return next(context);
    }

    private static string FirstSegment(string path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return "";
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }

    private static void Remember(HttpContext context, Data.Model.Language language)
    {
        var cookieName = CookieRequestCultureProvider.DefaultCookieName;
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture()));
        if (context.Request.Cookies[cookieName] == value)
        {
            return;
        }

        context.Response.Cookies.Append(cookieName, value, new CookieOptions
        {
            Path = "/",
            MaxAge = RememberFor,
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            IsEssential = true,
        });
    }
}
