using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// Writes a digest in the saved search's language, whatever the language of the instance that
/// sends it: each match with its true title (a speech's own, or one made from its kind and
/// speaker, with a note when it is in the other language), its seminar and date, and its
/// permalink; then the whole search, the reader's list, and the unsubscribe link.
/// </summary>
internal static class DigestMail
{
    public static (string Subject, string Text, string Html) Compose(
        SavedSearch search, IReadOnlyList<NewMatch> matches, DigestLinks links, IStringLocalizer localizer)
    {
        var language = search.Language;
        var culture = language.Culture();
        var L = new StringsIn(localizer, language);

        var subject = string.Format(culture, L["Alerts.NsfcSeminarNewMatchesFor"], search.Name);
        var opening = string.Format(culture, L["Alerts.YourSavedSearchHasNewOr"], search.Name, matches.Count);
        var why = search.Frequency == DigestFrequency.Weekly
            ? L["Alerts.YouReceiveThisEMailEvery"]
            : L["Alerts.YouReceiveThisEMailEveryDayBecauseYouSavedThisSearch"];

        var text = new StringBuilder().AppendLine(opening).AppendLine();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language.Code()}\"><head><meta charset=\"utf-8\"><title>{E(subject)}</title></head>")
            .Append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em;margin:1em auto;padding:0 1em;color:#1a1a1a\">")
            .Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:1.3em\">{E(subject)}</h1><p>{E(opening)}</p><ol>");
        foreach (var match in matches)
        {
            var row = match.Row;
            var title = row.TitleFor(language, localizer);
            var note = title.IsFallback ? " (" + L[title.Language == Language.Zh ? "Shared.OnlyInChinese" : "Shared.OnlyInEnglish"] + ")" : "";
            var mark = L[match.IsNew ? "Alerts.NewlyAdded" : "Alerts.Revised"];
            var seminar = (row.MeetingTitle.For(language)?.Text ?? row.MeetingSlug) + ", " + DateText.Format(row.Date, language);
            var permalink = new Uri(links.LanguageRoot, row.Href).AbsoluteUri;
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{mark}] {title.Text}{note}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {seminar}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {permalink}")
                .AppendLine();
            html.Append(CultureInfo.InvariantCulture, $"<li style=\"margin-bottom:.8em\"><strong>{E(mark)}</strong> <a href=\"{E(permalink)}\">{E(title.Text)}</a>{E(note)}<br><span style=\"color:#555\">{E(seminar)}</span></li>");
        }

        var seeAll = L["Alerts.SeeTheWholeSearch"];
        var manage = L["Alerts.ManageYourSavedSearches"];
        var stop = L["Alerts.StopTheseEMails"];
        text.AppendLine(CultureInfo.InvariantCulture, $"{seeAll}: {links.Search}")
            .AppendLine(CultureInfo.InvariantCulture, $"{manage}: {links.Manage}")
            .AppendLine()
            .AppendLine(why)
            .AppendLine(CultureInfo.InvariantCulture, $"{stop}: {links.Unsubscribe}");
        html.Append("</ol>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(links.Search)}\">{E(seeAll)}</a> · <a href=\"{E(links.Manage)}\">{E(manage)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color:#555;font-size:.9em\">{E(why)} <a href=\"{E(links.Unsubscribe)}\">{E(stop)}</a></p>")
            .Append("</body></html>");
        return (subject, text.ToString(), html.ToString());
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
