using System.Collections.Immutable;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>What the copy has applied: the horizon (every transaction older than it had ended
/// when the copy last caught up) and the highest change applied per meeting from the horizon on.
/// A catch-up whose snapshot is older than the last one applied must not put older documents
/// back, and a search knows by it whether the copy it read held what its snapshot sees.</summary>
internal sealed record CopyState(long Horizon, ImmutableDictionary<int, long> Applied)
{
    public static readonly CopyState Empty = new(0, ImmutableDictionary<int, long>.Empty);

    /// <summary>Whether the copy holds the change <paramref name="change"/> made to <paramref name="meeting"/>.</summary>
    public bool Holds(int meeting, long change) =>
        change < Horizon || (Applied.TryGetValue(meeting, out var applied) && applied >= change);
}
