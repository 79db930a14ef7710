namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>The warnings every proposal ends with, whatever its language: what confirming would
/// create rather than reuse, and what the release did not say.</summary>
internal static class DraftWarnings
{
    private static readonly WarningText L = WarningText.Instance;

    public static void AddUnmatched(DraftSeminar draft)
    {
        var unmatched = draft.Participants
            .Where(p => p.MatchedSlug is null)
            .DistinctBy(p => (p.Kind, p.Name));
        foreach (var participant in unmatched)
        {
            draft.Warnings.Add(participant.Kind switch
            {
                DraftParticipantKind.Person => L["Drafting.IsNotInTheArchiveConfirming", participant.Name],
                DraftParticipantKind.Organisation => L["Drafting.IsNotInTheArchiveConfirmingCreatesANewOrganisation", participant.Name],
                _ => L["Drafting.IsNotInTheArchiveConfirmingCreatesANewGroup", participant.Name],
            });
            if (participant.NameEn is null)
            {
                draft.Warnings.Add(L["Drafting.HasNoEnglishNameAddOne", participant.Name]);
            }
        }

        if (draft.Themes.Count == 0)
        {
            draft.Warnings.Add(L["Drafting.NoReformThemeOfTheVocabulary"]);
        }
    }
}
