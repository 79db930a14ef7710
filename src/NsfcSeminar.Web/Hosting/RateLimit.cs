namespace NsfcSeminar.Web.Hosting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> (0 turns
/// the limit off), and at most <see cref="Concurrent"/> at once where that applies (0: no bound).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;

    public int Concurrent { get; set; }
}
