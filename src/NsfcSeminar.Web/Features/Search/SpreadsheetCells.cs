using CsvHelper;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The one rule for text that a spreadsheet will open (CSV now, Excel later): a cell that begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return could run as a
/// formula (<c>=HYPERLINK(…)</c>), so it gets a single quote in front and is quoted, as OWASP's
/// CSV injection guidance says. Only spreadsheets: the JSON export and the interchange bundle
/// are data and keep the text exactly.
/// </summary>
internal static class SpreadsheetCells
{
    public const char Escape = '\'';

    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>The text as a cell should hold it; for a writer that does not apply
    /// <see cref="CsvOptions"/> itself.</summary>
    public static string? Neutralise(string? text) =>
        text is [var first, ..] && FormulaStarts.Contains(first, StringComparison.Ordinal) ? Escape + text : text;

    /// <summary>The most characters an Excel cell holds; a longer text makes Excel "repair" the file.</summary>
    public const int ExcelCellLimit = 32_767;

    /// <summary>A text as an Excel cell holds it: neutralised, and cut at the cell limit with
    /// "…" (docs/exports.md: the CSV and JSON exports keep every character).</summary>
    public static string? ExcelText(string? text) => Neutralise(text) is { Length: > ExcelCellLimit } tooLong
        ? string.Concat(tooLong.AsSpan(0, ExcelCellLimit - 1), "…")
        : Neutralise(text);

    /// <summary>CsvHelper applies the same rule to every text field, and quotes what it escapes.</summary>
    public static CsvWriterOptions CsvOptions() => new()
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = FormulaStarts,
        InjectionEscape = Escape,
    };
}
