using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>What a list request selects: the format, a set, and a datestamp range.</summary>
internal sealed partial record OaiSelection(string MetadataPrefix, string? Set, OaiDatestamp? From, OaiDatestamp? Until)
{
    public static OaiSelection Create(string metadataPrefix, string? set, string? from, string? until)
    {
        if (set is not null && !SetSpecPattern().IsMatch(set))
        {
            throw new OaiProtocolException(OaiErrorCode.BadArgument, "'set' is not a valid setSpec.");
        }

        var parsedFrom = from is null ? null : OaiDatestamp.Parse("from", from);
        var parsedUntil = until is null ? null : OaiDatestamp.Parse("until", until);
        if (parsedFrom is not null && parsedUntil is not null)
        {
            // Section 3.3.1: both bounds must have the same granularity.
            if (parsedFrom.Granularity != parsedUntil.Granularity)
            {
                throw new OaiProtocolException(OaiErrorCode.BadArgument, "'from' and 'until' must have the same granularity.");
            }

            if (parsedFrom.Value > parsedUntil.Value)
            {
                throw new OaiProtocolException(OaiErrorCode.BadArgument, "'from' is later than 'until'.");
            }
        }

        return new OaiSelection(metadataPrefix, set, parsedFrom, parsedUntil);
    }

    /// <summary>The setSpec syntax of the OAI-PMH schema: colon-separated levels.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$")]
    private static partial Regex SetSpecPattern();
}
