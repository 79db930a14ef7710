namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>The warnings every proposal ends with, whatever its language: what confirming would
/// create rather than reuse, and what the release did not say.</summary>
internal static class DraftWarnings
{
    public static void AddUnmatched(DraftSeminar draft)
    {
        var unmatched = draft.Participants
            .Where(p => p.MatchedSlug is null)
            .DistinctBy(p => (p.Kind, p.Name));
        foreach (var participant in unmatched)
        {
            var kind = participant.Kind switch
            {
                DraftParticipantKind.Person => "person",
                DraftParticipantKind.Organisation => "organisation",
                _ => "group",
            };
            var missing = participant.NameEn is null ? " (no English name given: add one)"
                : participant.NameZh is null ? " (no Chinese name given)" : "";
            draft.Warnings.Add($"“{participant.Name}” is not in the archive: confirming creates a new {kind}{missing}.");
        }

        if (draft.Themes.Count == 0)
        {
            draft.Warnings.Add("No reform theme of the vocabulary is named: choose the themes by hand.");
        }
    }
}
