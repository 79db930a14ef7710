using System.Globalization;
using System.Text;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Citations.Formats;

/// <summary>
/// BibTeX, as <c>@misc</c> entries that both BibTeX and biblatex read. Names are wrapped in a
/// second pair of braces so that "Dou Xiankang" and "国家自然科学基金委员会" stay whole: splitting
/// them into given and family names would guess at facts the record does not hold.
/// </summary>
internal sealed class BibTeXFormat : TextCitationFormat
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public override string Extension => "bib";

    public override string Label => "BibTeX";

    public override string MediaType => "application/x-bibtex; charset=utf-8";

    public override string Entry(CitableWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var entry = new StringBuilder().Append("@misc{").Append(work.Key).Append(",\n");
        if (work.Authors.Count > 0)
        {
            Field(entry, "author", string.Join(" and ", work.Authors.Select(a => "{" + Escape(a) + "}")), escape: false);
        }

        Field(entry, "title", "{" + Escape(work.Title) + "}", escape: false);
        Field(entry, "howpublished", HowPublished(work));
        Field(entry, "year", work.Date.Year.ToString(CultureInfo.InvariantCulture));
        entry.Append("  month = ").Append(Months[work.Date.Month - 1]).Append(",\n");
        Field(entry, "date", work.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (work.Place is { } place)
        {
            Field(entry, "address", place);
        }

        Field(entry, "url", work.Url.AbsoluteUri, escape: false);
        Field(entry, "language", work.Language == Language.Zh ? "chinese" : "english");
        if (work.Note is { } note)
        {
            Field(entry, "note", note);
        }

        return entry.Append("}\n\n").ToString();
    }

    private static string HowPublished(CitableWork work) => (work.Kind, work.Language, work.EventTitle) switch
    {
        (CitableKind.Speech, Language.Zh, { } meeting) => $"在{meeting}上的讲话",
        (CitableKind.Speech, _, { } meeting) => $"Speech at {meeting}",
        (CitableKind.Speech, Language.Zh, null) => "讲话",
        (CitableKind.Speech, _, null) => "Speech",
        (_, Language.Zh, _) => "会议记录",
        _ => "Record of a meeting",
    };

    private static void Field(StringBuilder entry, string name, string value, bool escape = true) =>
        entry.Append("  ").Append(name).Append(" = {").Append(escape ? Escape(value) : OneLine(value)).Append("},\n");

    /// <summary>The characters TeX gives a meaning to, written so that they print as themselves;
    /// braces escaped so that a value can never close its field early.</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var c in OneLine(value))
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
