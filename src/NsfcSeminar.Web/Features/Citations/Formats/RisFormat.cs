using System.Globalization;
using System.Text;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Citations.Formats;

/// <summary>RIS, the tagged format every reference manager imports. RIS has no type for a
/// speech, so both kinds are generic works (<c>GEN</c>) whose type of work (<c>M3</c>) says
/// which they are.</summary>
internal sealed class RisFormat : TextCitationFormat
{
    public override string Extension => "ris";

    public override string Label => "RIS";

    public override string MediaType => "application/x-research-info-systems; charset=utf-8";

    // The specification ends every line with a carriage return and a line feed.
    protected override string NewLine => "\r\n";

    public override string Entry(CitableWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var entry = new StringBuilder();
        Tag(entry, "TY", "GEN");
        foreach (var author in work.Authors)
        {
            Tag(entry, "AU", author);
        }

        Tag(entry, "TI", work.Title);
        if (work.EventTitle is { } meeting)
        {
            Tag(entry, "T2", meeting);
        }

        Tag(entry, "M3", (work.Kind, work.Language) switch
        {
            (CitableKind.Speech, Language.Zh) => "讲话",
            (CitableKind.Speech, _) => "Speech",
            (_, Language.Zh) => "会议记录",
            _ => "Record of a meeting",
        });
        Tag(entry, "PY", work.Date.Year.ToString(CultureInfo.InvariantCulture));
        Tag(entry, "DA", work.Date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        if (work.Place is { } place)
        {
            Tag(entry, "CY", place);
        }

        Tag(entry, "UR", work.Url.AbsoluteUri);
        Tag(entry, "LA", work.Language.ToBcp47());
        Tag(entry, "DB", CitableWork.Archive);
        if (work.Note is { } note)
        {
            Tag(entry, "N1", note);
        }

        return entry.Append("ER  - \r\n\r\n").ToString();
    }

    private static void Tag(StringBuilder entry, string tag, string value) =>
        entry.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
}
