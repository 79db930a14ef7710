namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>The name an instance gives itself in <c>X-Instance</c> and its telemetry, bound from
/// the <c>Seminar</c> section (<c>Seminar:InstanceName</c>); without one, the machine's name and
/// the port a request arrived on.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Seminar";

    public string? InstanceName { get; set; }
}
