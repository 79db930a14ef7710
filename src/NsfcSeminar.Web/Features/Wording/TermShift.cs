namespace NsfcSeminar.Web.Features.Wording;

/// <summary>
/// Which terms rose and fell between two bodies of text (a period and the one before, or one
/// seminar and another): a term's share of all term uses in one against its share in the other,
/// as a log-ratio with additive smoothing (half a use added to every term, so that a term absent
/// from one side has a finite ratio). A term moves only if the side where it is the more
/// frequent uses it often enough, in enough speeches (<see cref="ShiftRule"/>), and its share
/// changes by at least half: below that, the list would be noise.
/// </summary>
internal static class TermShift
{
    private const double Smoothing = 0.5;

    private static readonly double MinimumLogRatio = Math.Log(1.5);

    public static (List<TermMove> Rising, List<TermMove> Falling) Between(TermTally now, TermTally before, ShiftRule rule)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(rule);
        var keys = now.Terms.Keys.Union(before.Terms.Keys, StringComparer.Ordinal).ToList();
        var vocabulary = keys.Count;
        var moves = keys.Select(key =>
        {
            var current = now.Terms.GetValueOrDefault(key);
            var previous = before.Terms.GetValueOrDefault(key);
            var (count, previousCount) = (current?.Count ?? 0, previous?.Count ?? 0);
            var ratio = Math.Log(Share(count, now.Total, vocabulary) / Share(previousCount, before.Total, vocabulary));
            var shown = (count >= previousCount ? current : previous)!.Shown;
            return new TermMove(shown, count, previousCount, current?.Speeches ?? 0, previous?.Speeches ?? 0, ratio);
        }).ToList();

        var rising = moves
            .Where(m => m.LogRatio >= MinimumLogRatio && m.Count >= rule.MinimumUses && m.Speeches >= rule.MinimumSpeeches)
            .OrderByDescending(m => m.LogRatio).ThenByDescending(m => m.Count).ThenBy(m => m.Term, StringComparer.Ordinal)
            .Take(rule.Shown).ToList();
        var falling = moves
            .Where(m => m.LogRatio <= -MinimumLogRatio && m.PreviousCount >= rule.MinimumUses && m.PreviousSpeeches >= rule.MinimumSpeeches)
            .OrderBy(m => m.LogRatio).ThenByDescending(m => m.PreviousCount).ThenBy(m => m.Term, StringComparer.Ordinal)
            .Take(rule.Shown).ToList();
        return (rising, falling);
    }

    private static double Share(int count, long total, int vocabulary) => (count + Smoothing) / (total + (Smoothing * vocabulary));
}
