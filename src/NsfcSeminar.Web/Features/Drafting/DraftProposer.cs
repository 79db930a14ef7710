using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// Proposes a draft seminar from the pasted text of a news release, English or Chinese. A
/// rule-based helper for the genre the agency writes in: it reads what the usual sentences say,
/// matches names against the archive, and says in <see cref="DraftSeminar.Warnings"/> what it
/// could not find. It never saves anything; <see cref="DraftSaver"/> does, on confirmation.
/// </summary>
public static class DraftProposer
{
    private static readonly WarningText L = WarningText.Instance;

    /// <summary>Releases run to a few pages; anything far longer is not one.</summary>
    public const int MaxLength = 50_000;

    public static DraftSeminar Propose(string text, DraftVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var release = new ReleaseText(text);
        if (release.Sentences.Count == 0)
        {
            var empty = new DraftSeminar();
            empty.Warnings.Add(L["Drafting.TheTextIsEmptyPasteThe"]);
            return empty;
        }

        var draft = release.IsChinese ? ChineseRelease.Read(release, vocabulary) : EnglishRelease.Read(release, vocabulary);
        draft.ReleaseText = text;
        KeepNumberWithItsSeries(draft);
        draft.Themes.AddRange(ThemeCandidates.Find(release, draft.StatedTheme, vocabulary.Themes, release.IsChinese));
        DraftWarnings.AddUnmatched(draft);
        if (draft.TitleEn is null && draft.TitleZh is null)
        {
            draft.Warnings.Add(L["Drafting.NoHeadlineFoundEnterATitle"]);
        }

        if (draft.SourceLanguage == Language.Zh && draft.TitleEn is null || draft.SourceLanguage == Language.En && draft.TitleZh is null)
        {
            draft.Warnings.Add(L["Drafting.TheReleaseIsInOneLanguage"]);
        }

        return draft;
    }

    /// <summary>A number counts within a series, and a seminar with a number but no series cannot
    /// be published: when no series of the archive matches, the release's number is said, not
    /// proposed, so the draft saved as offered can be published as it is.</summary>
    private static void KeepNumberWithItsSeries(DraftSeminar draft)
    {
        if (draft.SeriesSlug is null && draft.SequenceNumber is { } number)
        {
            draft.SequenceNumber = null;
            draft.Warnings.Add(L["Drafting.TheReleaseNumbersThisMeetingIn", number.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }
}
