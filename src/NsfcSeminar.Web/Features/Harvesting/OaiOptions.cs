using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>What the repository says about itself in Identify, bound from <c>Seminar:Oai</c>;
/// checked at start-up.</summary>
public sealed class OaiOptions
{
    public const string Section = "Seminar:Oai";

    /// <summary>The address harvesters write to about the repository; Identify must name one. The
    /// default is a reserved domain: a deployment sets its own (<c>Seminar__Oai__AdminEmail</c>).</summary>
    [Required(ErrorMessage = "Seminar:Oai:AdminEmail must be set: OAI-PMH Identify names it.")]
    [EmailAddress(ErrorMessage = "Seminar:Oai:AdminEmail is not an e-mail address (archive@example.org).")]
    public string AdminEmail { get; set; } = "archive@nsfc-seminar.invalid";
}
