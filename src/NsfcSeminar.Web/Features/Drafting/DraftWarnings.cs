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
                DraftParticipantKind.Person => L["“{0}” is not in the archive: confirming creates a new person.", participant.Name],
                DraftParticipantKind.Organisation => L["“{0}” is not in the archive: confirming creates a new organisation.", participant.Name],
                _ => L["“{0}” is not in the archive: confirming creates a new group.", participant.Name],
            });
            if (participant.NameEn is null)
            {
                draft.Warnings.Add(L["“{0}” has no English name: add one.", participant.Name]);
            }
        }

        if (draft.Themes.Count == 0)
        {
            draft.Warnings.Add(L["No reform theme of the vocabulary is named: choose the themes by hand."]);
        }
    }
}
