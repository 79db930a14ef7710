namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>What the repository says about itself in Identify.</summary>
internal sealed record OaiSettings(string AdminEmail)
{
    /// <summary>A reserved domain: a deployment sets its own (<c>Seminar__Oai__AdminEmail</c>).</summary>
    public const string DefaultAdminEmail = "archive@nsfc-seminar.invalid";
}
