using System.Text;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>
/// Turns a seminar, a speech or a search match into what a reference manager is told, in the
/// reader's language where the record has it and in the other language (and marked so by the
/// work's language) where it does not. Each work is described by its own record only.
/// </summary>
internal static class CitableWorks
{
    public static CitableWork Seminar(MeetingRecord meeting, Language language, Uri languageRoot)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var title = meeting.Texts.Pick(language)?.Version;
        return new CitableWork(
            Key(meeting.Slug),
            CitableKind.Seminar,
            title?.Title ?? meeting.Slug,
            title?.Language ?? language,
            NameOf(meeting.Organiser?.Name, language),
            EventTitle: null,
            meeting.Place.For(language)?.Text,
            meeting.StartDate,
            new Uri(languageRoot, $"meetings/{meeting.Slug}"),
            meeting.IsSample);
    }

    public static CitableWork Speech(MeetingRecord meeting, SpeechItem speech, Language language, Uri languageRoot)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(speech);
        var own = speech.Texts.Pick(language)?.Version;
        return new CitableWork(
            Key(meeting.Slug, speech.Anchor),
            CitableKind.Speech,
            own?.Title ?? UntitledSpeech(language),
            own?.Language ?? language,
            NameOf(speech.Person?.Name ?? speech.Organisation?.Name, language),
            meeting.Texts.Pick(language)?.Version.Title,
            meeting.Place.For(language)?.Text,
            meeting.StartDate,
            PortalAddress.Speech(languageRoot, meeting.Slug, speech.Anchor),
            meeting.IsSample);
    }

    /// <summary>A search match: a speech, or a seminar matched by its own texts.</summary>
    public static CitableWork Match(SearchRow row, Language language, Uri languageRoot)
    {
        ArgumentNullException.ThrowIfNull(row);
        var meetingTitle = row.MeetingTitle.For(language)?.Text;
        if (row.Anchor is not { } anchor)
        {
            return new CitableWork(
                Key(row.MeetingSlug), CitableKind.Seminar, meetingTitle ?? row.MeetingSlug,
                row.MeetingTitle.For(language)?.Language ?? language, [], null, null, row.Date,
                new Uri(languageRoot, row.Href), IsSample: false);
        }

        // The speech's own title: a speech without one is never cited by its seminar's.
        var title = row.Texts.Pick(language) is { } own ? own.Version : null;
        return new CitableWork(
            Key(row.MeetingSlug, anchor),
            CitableKind.Speech,
            title?.Title ?? UntitledSpeech(language),
            title?.Language ?? language,
            NameOf((row.Person ?? row.Organisation)?.Name, language),
            meetingTitle,
            null,
            row.Date,
            PortalAddress.Speech(languageRoot, row.MeetingSlug, anchor),
            IsSample: false);
    }

    private static string UntitledSpeech(Language language) => language == Language.Zh ? "讲话" : "Speech";

    private static IReadOnlyList<string> NameOf(Bilingual? name, Language language) =>
        name?.For(language)?.Text is { } text ? [text] : [];

    /// <summary>Slugs are ASCII already; anything else is dropped so that every BibTeX reader
    /// accepts the key.</summary>
    private static string Key(string slug, string? anchor = null)
    {
        var key = new StringBuilder("nsfcseminar:");
        foreach (var c in anchor is null ? slug : $"{slug}/{anchor}")
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '/')
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }
}
