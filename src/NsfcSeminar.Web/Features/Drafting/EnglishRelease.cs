using System.Globalization;
using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Reads the meeting's own facts from an English release: date, place, kind, format,
/// sequence and series, and the stated theme.</summary>
internal static partial class EnglishRelease
{
    private static readonly WarningText L = WarningText.Instance;

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    public static DraftSeminar Read(ReleaseText release, DraftVocabulary vocabulary)
    {
        var draft = new DraftSeminar { SourceLanguage = Language.En, TitleEn = ReleaseTitle.Of(release.Title, chinese: false) };
        ReadDate(release, draft);
        ReadPlace(release, draft);
        ReadKindAndSeries(release, draft, vocabulary);
        if (Quoted().Match(string.Join(' ', release.Sentences)) is { Success: true } stated)
        {
            draft.StatedTheme = stated.Groups["theme"].Value.Trim();
        }

        EnglishParticipants.Read(release, draft, vocabulary);
        return draft;
    }

    private static void ReadDate(ReleaseText release, DraftSeminar draft)
    {
        var match = release.Sentences.Select(s => MonthFirst().Match(s)).FirstOrDefault(m => m.Success)
            ?? release.Sentences.Select(s => DayFirst().Match(s)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            draft.Warnings.Add(L["Drafting.NoDateFoundEnterTheDate"]);
            return;
        }

        var month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!TryDate(year, month, match.Groups["day"].Value, out var start))
        {
            draft.Warnings.Add(L["Drafting.IsNotAValidDateEnter", match.Value]);
            return;
        }

        draft.StartDate = start;
        if (match.Groups["end"].Success && TryDate(year, month, match.Groups["end"].Value, out var end) && end > start)
        {
            draft.EndDate = end;
        }
    }

    private static bool TryDate(int year, int month, string day, out DateOnly date)
    {
        date = default;
        if (year < 1 || !int.TryParse(day, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, d);
        return true;
    }

    private static void ReadPlace(ReleaseText release, DraftSeminar draft)
    {
        var match = release.Sentences.Select(s => HeldIn().Match(s)).FirstOrDefault(m => m.Success)
            ?? release.Sentences.Select(s => InCity().Match(s)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            draft.Warnings.Add(L["Drafting.NoPlaceFoundEnterWhereThe"]);
            return;
        }

        draft.PlaceEn = match.Groups["place"].Value;
        draft.PlaceZh = Places.ChineseOf(draft.PlaceEn);
    }

    private static void ReadKindAndSeries(ReleaseText release, DraftSeminar draft, DraftVocabulary vocabulary)
    {
        var opening = release.Opening;
        if (MeetingKinds.Find(opening) is { } kind)
        {
            draft.Kind = kind.Kind;
            if (kind.Phrase == "virtual seminar")
            {
                draft.Warnings.Add(L["Drafting.VirtualSeminarIsReadAsA"]);
            }
        }
        else
        {
            draft.Warnings.Add(L["Drafting.TheKindOfMeetingIsNot"]);
        }

        draft.Format = MeetingKinds.FormatOf(opening);
        if (Sequence().Match(opening) is { Success: true } sequence)
        {
            var ordinal = sequence.Groups["ordinal"].Value.ToLowerInvariant();
            var index = Array.IndexOf(Ordinals, ordinal);
            draft.SequenceNumber = index >= 0 ? index + 1 : int.Parse(Digits().Match(ordinal).Value, CultureInfo.InvariantCulture);
        }

        draft.SeriesSlug = MeetingKinds.Series(vocabulary.Series, draft.Kind, opening)?.Slug;
        if (draft.SeriesSlug is null)
        {
            draft.Warnings.Add(L["Drafting.NoSeriesOfTheArchiveMatches"]);
        }
    }

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2})(?:\s*(?:-|–|to|and)\s*(?<end>\d{1,2}))?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:\s*(?:-|–|to)\s*(?<end>\d{1,2}))?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?<year>\d{4})\b")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?:held|convened|opened|took place)\s+in\s+(?<place>[A-Z][a-z]+(?:[ '-][A-Z][a-z]+)?)")]
    private static partial Regex HeldIn();

    [GeneratedRegex(@"\bthe\s+(?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[A-Za-z-]+\s+){0,3}?(?:seminar|session|meeting|symposium|conference)", RegexOptions.IgnoreCase)]
    private static partial Regex Sequence();

    [GeneratedRegex(@"\b(?:in|from)\s+(?<place>Beijing|Shanghai|Tianjin|Chongqing|Hefei|Wuhan|Hangzhou|Nanjing|Guangzhou|Shenzhen|Chengdu|Xi'an|Changsha|Harbin|Lanzhou)\b")]
    private static partial Regex InCity();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\btheme\s+of\s+[""“](?<theme>[^""”]{5,400})[""”]", RegexOptions.IgnoreCase)]
    private static partial Regex Quoted();
}
