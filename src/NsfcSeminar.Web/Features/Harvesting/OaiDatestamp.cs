using System.Globalization;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>A <c>from</c> or <c>until</c> argument: UTC, at day or second granularity. The
/// repository declares seconds, so both forms are accepted (OAI-PMH 2.0, section 3.3.2).</summary>
internal sealed record OaiDatestamp(DateTimeOffset Value, OaiGranularity Granularity, string Text)
{
    public const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>How the repository writes every datestamp it reports.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(SecondsFormat, CultureInfo.InvariantCulture);

    public static OaiDatestamp Parse(string name, string text)
    {
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture, styles, out var seconds))
        {
            return new OaiDatestamp(seconds, OaiGranularity.Second, text);
        }

        if (DateTimeOffset.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, styles, out var day))
        {
            return new OaiDatestamp(day, OaiGranularity.Day, text);
        }

        throw new OaiProtocolException(OaiErrorCode.BadArgument,
            $"'{name}' must be a UTC date, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }

    /// <summary>The first instant after the period this datestamp names, since <c>until</c> is
    /// inclusive: the whole day, or the whole second (stored times carry fractions).</summary>
    public DateTimeOffset EndExclusive => Granularity == OaiGranularity.Day ? Value.AddDays(1) : Value.AddSeconds(1);
}
