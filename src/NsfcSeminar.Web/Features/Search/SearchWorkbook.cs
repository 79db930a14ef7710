using System.Reflection;
using MiniExcelLibs;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The search export as an Excel workbook (.xlsx), written by MiniExcel one row at a time as the
/// rows arrive: the columns are <see cref="SearchExportRecord"/>'s, in its order, as in the CSV,
/// and every text cell passes through <see cref="SpreadsheetCells.ExcelText"/>.
/// </summary>
internal static class SearchWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SheetName = "Matches";

    private static readonly PropertyInfo[] Columns = [.. typeof(SearchExportRecord)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.DeclaringType == typeof(SearchExportRecord) && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.MetadataToken)];

    public static IReadOnlyList<string> ColumnNames { get; } = [.. Columns.Select(c => c.Name)];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<SearchExportRecord> rows, CancellationToken ct)
    {
        await using var deferred = new DeferredWriteStream(body);
        await MiniExcel.SaveAsAsync(deferred, Cells(rows), sheetName: SheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
        await deferred.FlushAsync(ct);
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Cells(IAsyncEnumerable<SearchExportRecord> rows)
    {
        await foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(Columns.Length, StringComparer.Ordinal);
            foreach (var column in Columns)
            {
                var value = column.GetValue(row);
                cells[column.Name] = value is string text ? SpreadsheetCells.ExcelText(text) : value;
            }

            yield return cells;
        }
    }
}
