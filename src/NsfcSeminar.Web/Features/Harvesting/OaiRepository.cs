using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The six verbs of OAI-PMH 2.0 over the archive: turns a checked request into a reply.
/// Protocol errors come back as <see cref="ErrorReply"/>, never as HTTP errors.</summary>
internal sealed class OaiRepository(OaiRecordQuery records, IOptions<OaiOptions> options)
{
    public const string DublinCorePrefix = "oai_dc";

    /// <summary>Records per list page; a page costs the same few queries at any size.</summary>
    public const int PageSize = 100;

    /// <summary>Reported when the archive holds nothing harvestable yet.</summary>
    private static readonly DateTimeOffset FoundingDatestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<OaiReply> AnswerAsync(OaiRequest request, string portalRoot, CancellationToken ct)
    {
        try
        {
            return request.Verb switch
            {
                "Identify" => new IdentifyReply(await records.EarliestDatestampAsync(ct) ?? FoundingDatestamp, options.Value.AdminEmail),
                "ListMetadataFormats" => await ListMetadataFormatsAsync(request["identifier"], ct),
                "ListSets" => request["resumptionToken"] is null
                    ? new SetsReply(await records.SetsAsync(ct))
                    : throw new OaiProtocolException(OaiErrorCode.BadResumptionToken, "ListSets is never split, so it issues no resumption tokens."),
                "GetRecord" => await GetRecordAsync(request["identifier"]!, request["metadataPrefix"]!, portalRoot, ct),
                _ => await ListAsync(request, withMetadata: request.Verb == "ListRecords", portalRoot, ct),
            };
        }
        catch (OaiProtocolException e)
        {
            return new ErrorReply(e.Error);
        }
    }

    private async Task<OaiReply> ListMetadataFormatsAsync(string? identifier, CancellationToken ct)
    {
        if (identifier is not null)
        {
            _ = await records.FindAsync(Parse(identifier), metadata: null, ct) ?? throw UnknownIdentifier(identifier);
        }

        return new MetadataFormatsReply();
    }

    private async Task<OaiReply> GetRecordAsync(string identifier, string metadataPrefix, string portalRoot, CancellationToken ct)
    {
        var id = Parse(identifier);
        RequireDublinCore(metadataPrefix);
        var record = await records.FindAsync(id, new DublinCoreMapping(portalRoot), ct) ?? throw UnknownIdentifier(identifier);
        return new RecordReply(record);
    }

    private async Task<OaiReply> ListAsync(OaiRequest request, bool withMetadata, string portalRoot, CancellationToken ct)
    {
        var (selection, position) = request["resumptionToken"] is { } token
            ? ResumptionToken.Decode(token)
            : (OaiSelection.Create(request["metadataPrefix"]!, request["set"], request["from"], request["until"]), OaiPosition.Start);
        RequireDublinCore(selection.MetadataPrefix);

        var page = await records.PageAsync(selection, position, PageSize, withMetadata ? new DublinCoreMapping(portalRoot) : null, ct);
        if (page.Records.Count == 0)
        {
            throw new OaiProtocolException(OaiErrorCode.NoRecordsMatch, "No published public record matches these arguments.");
        }

        OaiResumption? resumption = page.Next is { } next
            ? new OaiResumption(ResumptionToken.Encode(selection, next), page.CompleteListSize, position.Cursor)
            : position.Cursor > 0 ? new OaiResumption("", page.CompleteListSize, position.Cursor) : null;
        return new ListReply(page.Records, withMetadata, resumption);
    }

    private static OaiIdentifier Parse(string identifier) => OaiIdentifier.TryParse(identifier) ?? throw UnknownIdentifier(identifier);

    private static void RequireDublinCore(string metadataPrefix)
    {
        if (metadataPrefix != DublinCorePrefix)
        {
            throw new OaiProtocolException(OaiErrorCode.CannotDisseminateFormat, $"Only {DublinCorePrefix} is disseminated.");
        }
    }

    private static OaiProtocolException UnknownIdentifier(string identifier) =>
        new(OaiErrorCode.IdDoesNotExist, $"No published public record has the identifier '{identifier}'.");
}
