namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// Who may read <c>/metrics</c>, bound from <c>Seminar:Metrics</c>: a client whose address is
/// loopback or in <see cref="AllowedNetworks"/>, or one that sends <c>Authorization: Bearer</c>
/// with <see cref="BearerToken"/>. Everyone else gets 404, as if there were nothing there.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Seminar:Metrics";

    /// <summary>Networks in CIDR notation (<c>10.0.0.0/8</c>) whose clients are operators.</summary>
    public IList<string> AllowedNetworks { get; init; } = [];

    public string? BearerToken { get; set; }
}
