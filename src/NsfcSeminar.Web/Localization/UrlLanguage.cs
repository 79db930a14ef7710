using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>The language named by the request's URL prefix, once the prefix has been moved into
/// the path base.</summary>
internal sealed record UrlLanguage(Language Language);
