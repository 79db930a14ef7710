namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>What the repository answers; <see cref="OaiResponseWriter"/> writes it as XML.</summary>
internal abstract record OaiReply;

internal sealed record IdentifyReply(DateTimeOffset EarliestDatestamp, string AdminEmail) : OaiReply;

internal sealed record MetadataFormatsReply : OaiReply;

internal sealed record SetsReply(IReadOnlyList<OaiSet> Sets) : OaiReply;

internal sealed record ListReply(IReadOnlyList<OaiRecord> Records, bool WithMetadata, OaiResumption? Resumption) : OaiReply;

internal sealed record RecordReply(OaiRecord Record) : OaiReply;

internal sealed record ErrorReply(OaiError Error) : OaiReply;

/// <summary>The resumptionToken element: an empty token marks the last page of a list.</summary>
internal sealed record OaiResumption(string Token, int CompleteListSize, int Cursor);

internal sealed record OaiSet(string Spec, string Name);

internal sealed record OaiHeader(OaiIdentifier Identifier, DateTimeOffset Datestamp, IReadOnlyList<string> SetSpecs);

internal sealed record OaiRecord(OaiHeader Header, DublinCore? Metadata);

/// <summary>The fifteen-element Dublin Core of <c>oai_dc</c>, as ordered name/value pairs;
/// <see cref="Language"/> becomes <c>xml:lang</c>.</summary>
internal sealed record DublinCore(IReadOnlyList<DcElement> Elements);

internal sealed record DcElement(string Name, string Value, string? Language = null);
