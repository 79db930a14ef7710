using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>
/// How to cite one speech: speaker, title, meeting, date and permalink, written as the reader's
/// language writes a citation (《》 and full-width punctuation in Chinese). The meeting page and the
/// API both take it from here, so a citation reads the same wherever it is copied from.
/// </summary>
public sealed record Citation(Language Language, string Speaker, string Title, string Meeting, DateOnly Date, Uri Permalink)
{
    public string Text => Language == Language.Zh
        ? $"{Speaker}：《{Title}》，{Meeting}，{DateText.Format(Date, Language)}。{Permalink}"
        : $"{Speaker}, “{Title}”, {Meeting}, {DateText.Format(Date, Language)}. {Permalink}";

    public override string ToString() => Text;

    /// <summary>The citation in <paramref name="language"/>, each part falling back to the other
    /// language where the record has no text in this one.</summary>
    public static Citation Of(CitationSource source, Language language, Uri languageRoot)
    {
        ArgumentNullException.ThrowIfNull(source);
        var person = source.Person?.For(language)?.Text;
        var organisation = source.Organisation?.For(language)?.Text;
        var speaker = (person, organisation) switch
        {
            ({ } p, { } o) => language == Language.Zh ? $"{p}（{o}）" : $"{p} ({o})",
            ({ } p, null) => p,
            (null, { } o) => o,
            _ => source.Unnamed?.For(language)?.Text ?? "",
        };
        return new Citation(
            language,
            speaker,
            source.SpeechTitle.For(language)?.Text ?? (language == Language.Zh ? "讲话" : "Speech"),
            source.MeetingTitle.For(language)?.Text ?? source.MeetingSlug,
            source.Date,
            PortalAddress.Speech(languageRoot, source.MeetingSlug, source.Anchor));
    }
}
