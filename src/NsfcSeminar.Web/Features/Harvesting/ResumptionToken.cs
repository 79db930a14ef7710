using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>
/// Stateless resumption tokens: the request's arguments and the position, base64url-encoded. The
/// server keeps nothing, so a token survives restarts and works on any instance; a token that
/// does not decode to exactly this shape is a <c>badResumptionToken</c>.
/// </summary>
internal static class ResumptionToken
{
    private const string Version = "1";

    public static string Encode(OaiSelection selection, OaiPosition position)
    {
        string[] fields =
        [
            Version, selection.MetadataPrefix, selection.Set ?? "", selection.From?.Text ?? "", selection.Until?.Text ?? "",
            position.Phase == OaiPhase.Meetings ? "m" : "s",
            position.AfterId.ToString(CultureInfo.InvariantCulture),
            position.Cursor.ToString(CultureInfo.InvariantCulture),
        ];
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', fields)));
    }

    public static (OaiSelection Selection, OaiPosition Position) Decode(string token)
    {
        try
        {
            var fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            if (fields is not [Version, var prefix, var set, var from, var until, var phase and ("m" or "s"), var after, var cursor]
                || !int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var afterId)
                || !int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var cursorValue))
            {
                throw Bad();
            }

            var selection = OaiSelection.Create(prefix, NullIfEmpty(set), NullIfEmpty(from), NullIfEmpty(until));
            return (selection, new OaiPosition(phase == "m" ? OaiPhase.Meetings : OaiPhase.Speeches, afterId, cursorValue));
        }
        catch (FormatException)
        {
            throw Bad();
        }
        catch (OaiProtocolException)
        {
            throw Bad();
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static OaiProtocolException Bad() =>
        new(OaiErrorCode.BadResumptionToken, "The resumption token is invalid or was not issued by this repository.");
}
