using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Localization;

/// <summary>Interface strings in one language, whatever the request's: a mail is written in its
/// reader's language, also by a background job that has no request. Read with an indexer,
/// like a page's localizer.</summary>
internal sealed class StringsIn(IStringLocalizer localizer, Language language)
{
    public string this[string key] => SpeechTitles.In(language, () => localizer[key]);
}
