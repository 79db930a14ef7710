using System.Globalization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>One entry of a picker's list; preferred entries (a seminar's participants) lead.</summary>
public sealed record PickerMatch(LookupItem Item, bool Preferred);

/// <summary>What a picker lists for what has been typed: records whose English or Chinese name,
/// address or honorific contains it, ignoring case, spaces and hyphens ("xiankang", "贤康",
/// "dou-xian"). Preferred records lead; the list is kept short enough to read.</summary>
public static class PickerSearch
{
    public const int Limit = 40;

    public static IReadOnlyList<PickerMatch> Find(IReadOnlyList<LookupItem> items, string? typed, IReadOnlyCollection<int>? preferred = null)
    {
        var key = Key(typed);
        var matching = key.Length == 0 ? items : items.Where(item => Keys(item).Any(k => k.Contains(key, StringComparison.Ordinal)));
        if (preferred is not { Count: > 0 })
        {
            return [.. matching.Take(Limit).Select(item => new PickerMatch(item, false))];
        }

        // With nothing typed, the preferred records alone: the seminar's participants first.
        var first = matching.Where(item => preferred.Contains(item.Id)).OrderBy(item => preferred.ToList().IndexOf(item.Id)).Select(item => new PickerMatch(item, true));
        var rest = key.Length == 0 ? [] : matching.Where(item => !preferred.Contains(item.Id)).Select(item => new PickerMatch(item, false));
        return [.. first.Concat(rest).Take(Limit)];
    }

    private static IEnumerable<string> Keys(LookupItem item)
    {
        yield return Key(item.Name.En);
        yield return Key(item.Name.Zh);
        yield return Key(item.Slug);
        yield return Key(item.Honorific?.En);
        yield return Key(item.Honorific?.Zh);
    }

    private static string Key(string? text) => string.IsNullOrWhiteSpace(text)
        ? ""
        : new string([.. text.ToLower(CultureInfo.InvariantCulture).Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '·')]);
}

/// <summary>The line under a name in a picker: honorific and last position (or a theme's parent),
/// each in both languages where both are known, the workspace's language first.</summary>
public static class LookupDetail
{
    public static string Of(LookupItem item) =>
        string.Join(" · ", new[] { item.Honorific, item.Detail }.Select(Both).Where(s => s.Length > 0));

    private static string Both(Bilingual? text) => text is null ? "" : string.Join(" ", new[] { text.In(ReaderLanguage.Current), text.In(ReaderLanguage.Current.Other()) }
        .Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal));
}
