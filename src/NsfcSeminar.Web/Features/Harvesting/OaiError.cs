namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The error codes OAI-PMH 2.0 defines (section 3.6); harvesters act on the code, so
/// every bad request answers with one of these, never with an HTTP error.</summary>
internal static class OaiErrorCode
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoMetadataFormats = "noMetadataFormats";
}

internal sealed record OaiError(string Code, string Message);

/// <summary>Thrown while reading a request; the endpoint turns it into an error response.</summary>
internal sealed class OaiProtocolException(string code, string message) : Exception(message)
{
    public OaiError Error { get; } = new(code, message);
}
