using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using NsfcSeminar.IntegrationTests.Interchange;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>The three export formats read back as tables of column name → text, each by its own
/// reader (an RFC 4180 reader here, MiniExcel for the workbook, System.Text.Json), so that a
/// test can compare them cell by cell.</summary>
internal static partial class ExportTables
{
    /// <summary>The columns docs/exports.md documents, in its order.</summary>
    public static IReadOnlyList<string> DocumentedColumns() =>
        [.. DocumentedColumn().Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "exports.md"))).Select(m => m.Groups[1].Value)];

    public static (IReadOnlyList<string> Header, IReadOnlyList<Dictionary<string, string>> Rows) Csv(byte[] bytes)
    {
        var records = Records(new UTF8Encoding(false).GetString(bytes.AsSpan(3)));
        var header = records[0];
        return (header, [.. records.Skip(1).Select(r => header.Select((name, i) => (name, r[i])).ToDictionary(c => c.name, c => c.Item2))]);
    }

    public static IReadOnlyList<Dictionary<string, string>> Workbook(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true, sheetName: "Matches").Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => Text(c.Value)))];
    }

    public static IReadOnlyList<Dictionary<string, string>> Json(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(row => row.EnumerateObject()
            .ToDictionary(p => char.ToUpperInvariant(p.Name[0]) + p.Name[1..], p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => p.Value.GetString() ?? "",
            }))];

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180: fields split at commas and line ends outside quotes, "" inside quotes
    /// is one quote; booleans lower-cased to compare with JSON.</summary>
    private static List<string[]> Records(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString() is "True" or "False" ? field.ToString().ToLowerInvariant() : field.ToString());
                field.Clear();
                if (c != ',')
                {
                    records.Add([.. fields]);
                    fields.Clear();
                }
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedColumn();
}
