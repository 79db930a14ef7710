namespace NsfcSeminar.Web.Hosting;

/// <summary>What the portal does with its database as it starts, bound from the <c>Seminar</c>
/// section (<c>Seminar:InitialiseDatabase</c>, <c>Seminar:LoadSampleArchive</c>).</summary>
public sealed class DatabaseStartOptions
{
    public const string Section = "Seminar";

    /// <summary>Migrate the database (and build the search copy) at start. Off only where the
    /// database is deliberately absent (the tests of the error page).</summary>
    public bool InitialiseDatabase { get; set; } = true;

    /// <summary>Load the sample archive when the database has no meetings.</summary>
    public bool LoadSampleArchive { get; set; } = true;
}
