namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>
/// Which terms rose and fell between two periods: a term's share of all term uses in the
/// period against its share in the one before, as a log-ratio with additive smoothing (half a
/// use added to every term, so that a term absent from one period has a finite ratio). A term
/// moves only if it is used at least <see cref="MinimumUses"/> times by at least
/// <see cref="MinimumSpeeches"/> speeches in the period where it is the more frequent, and its
/// share changes by at least half: below that, the list would be noise.
/// </summary>
internal static class TermShift
{
    public const int MinimumUses = 3;

    public const int MinimumSpeeches = 2;

    public const int Shown = 8;

    private const double Smoothing = 0.5;

    private static readonly double MinimumLogRatio = Math.Log(1.5);

    public static (List<TermMove> Rising, List<TermMove> Falling) Between(TermTally now, TermTally before)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
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
            .Where(m => m.LogRatio >= MinimumLogRatio && m.Count >= MinimumUses && m.Speeches >= MinimumSpeeches)
            .OrderByDescending(m => m.LogRatio).ThenByDescending(m => m.Count).ThenBy(m => m.Term, StringComparer.Ordinal)
            .Take(Shown).ToList();
        var falling = moves
            .Where(m => m.LogRatio <= -MinimumLogRatio && m.PreviousCount >= MinimumUses && m.PreviousSpeeches >= MinimumSpeeches)
            .OrderBy(m => m.LogRatio).ThenByDescending(m => m.PreviousCount).ThenBy(m => m.Term, StringComparer.Ordinal)
            .Take(Shown).ToList();
        return (rising, falling);
    }

    private static double Share(int count, long total, int vocabulary) => (count + Smoothing) / (total + (Smoothing * vocabulary));
}
