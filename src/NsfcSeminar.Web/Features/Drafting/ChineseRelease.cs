using System.Globalization;
using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Reads the meeting's own facts from a Chinese release (新闻稿): 日期, 地点, 会议类型,
/// 届次, series and the stated theme.</summary>
internal static partial class ChineseRelease
{
    private static readonly WarningText L = WarningText.Instance;

    private const string Numerals = "一二三四五六七八九十";

    public static DraftSeminar Read(ReleaseText release, DraftVocabulary vocabulary)
    {
        var draft = new DraftSeminar { SourceLanguage = Language.Zh, TitleZh = ReleaseTitle.Of(release.Title, chinese: true) };
        var all = string.Join("", release.Sentences);
        ReadDate(release, draft);
        if (Place().Match(all) is { Success: true } place)
        {
            draft.PlaceZh = place.Groups["place"].Value == "京" ? "北京" : place.Groups["place"].Value;
            draft.PlaceEn = Places.EnglishOf(draft.PlaceZh);
        }
        else
        {
            draft.Warnings.Add(L["Drafting.NoPlaceFoundEnterWhereThe"]);
        }

        var opening = release.Opening;
        if (MeetingKinds.Find(opening) is { } kind)
        {
            draft.Kind = kind.Kind;
        }
        else
        {
            draft.Warnings.Add(L["Drafting.TheKindOfMeetingIsNot"]);
        }

        draft.Format = MeetingKinds.FormatOf(opening);
        if (Sequence().Match(opening) is { Success: true } sequence)
        {
            draft.SequenceNumber = Number(sequence.Groups["n"].Value);
        }

        draft.SeriesSlug = MeetingKinds.Series(vocabulary.Series, draft.Kind, opening)?.Slug;
        if (draft.SeriesSlug is null)
        {
            draft.Warnings.Add(L["Drafting.NoSeriesOfTheArchiveMatches"]);
        }

        if (StatedTheme().Match(all) is { Success: true } stated)
        {
            draft.StatedTheme = stated.Groups["theme"].Value;
        }

        ChineseParticipants.Read(release, draft, vocabulary);
        return draft;
    }

    private static void ReadDate(ReleaseText release, DraftSeminar draft)
    {
        var opening = release.Opening + string.Join("", release.Sentences);
        var match = FullDate().Match(opening);
        var year = match.Success ? match.Groups["y"].Value : YearOnly().Match(release.Opening).Groups["y"].Value;
        if (!match.Success)
        {
            match = MonthDay().Match(opening);
        }

        if (!match.Success || year.Length == 0
            || !TryDate(year, match.Groups["m"].Value, match.Groups["d"].Value, out var start))
        {
            draft.Warnings.Add(L["Drafting.NoDateFoundEnterTheDate"]);
            return;
        }

        draft.StartDate = start;
        var endMonth = match.Groups["m2"].Success ? match.Groups["m2"].Value : match.Groups["m"].Value;
        if (match.Groups["d2"].Success && TryDate(year, endMonth, match.Groups["d2"].Value, out var end) && end > start)
        {
            draft.EndDate = end;
        }
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>第二次, 第十二次, 第3次.</summary>
    internal static int Number(string text)
    {
        if (int.TryParse(text, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Numerals.IndexOf(text[0], StringComparison.Ordinal) + 1;
        }

        var tens = ten == 0 ? 1 : Numerals.IndexOf(text[0], StringComparison.Ordinal) + 1;
        var units = ten == text.Length - 1 ? 0 : Numerals.IndexOf(text[^1], StringComparison.Ordinal) + 1;
        return tens * 10 + units;
    }

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日(?:\s*(?:至|—|－|-|~|～)\s*(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日)?")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<m>\d{1,2})月(?<d>\d{1,2})日(?:\s*(?:至|—|－|-|~|～)\s*(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<y>\d{4})年")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"在(?<place>京|北京|上海|天津|重庆|合肥|武汉|杭州|南京|广州|深圳|成都|西安|长沙|哈尔滨|兰州|[" + Languages.HanCharacters + @"]{2,3}?)(?:召开|举行|举办)")]
    private static partial Regex Place();

    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十]+|\d+)次")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"[“""](?<theme>[^”""]{5,200})[”""](?:这一|的)?主题|主题[为是：:]?[“""](?<theme>[^”""]{5,200})[”""]")]
    private static partial Regex StatedTheme();
}
