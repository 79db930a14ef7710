using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>Turns one record of the file into its typed form, reporting every problem of its
/// shape: each says which field is wrong and what was expected, in words rather than .NET type
/// names. After each problem the bad value is set aside (<see cref="RecordRepair"/>) and the record
/// read again, so a record with several bad fields reports them all, not only the first.</summary>
internal static partial class RecordParser
{
    /// <summary>More bad fields than any record written by hand has; a record past it is junk.</summary>
    private const int MaxRereads = 50;

    public static ParsedRecord<T> Parse<T>(JsonDocument document, BundleSection section, int position, ImportReport report)
        where T : class
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            report.Add(new ImportProblem(section, position, null, null, $"expected an object (a record in braces), found {Describe(root.ValueKind)}"));
            return ParsedRecord<T>.Unreadable;
        }

        var slug = SlugOf(document);
        var typeInfo = BundleJson.TypeInfo<T>();
        var reported = new List<string>();
        JsonObject? repaired = null;
        for (var reread = 0; reread <= MaxRereads; reread++)
        {
            try
            {
                var value = repaired is null ? root.Deserialize(typeInfo) : repaired.Deserialize(typeInfo);
                return new ParsedRecord<T>(repaired is null ? value : null, value, reported);
            }
            catch (JsonException e)
            {
                var (field, message, repair) = Explain<T>(e);
                if (!RecordRepair.Covers(reported, field))
                {
                    report.Add(new ImportProblem(section, position, slug, field, message));
                }

                // Past the report's limit nothing more is shown, so nothing more is looked for.
                repaired ??= JsonNode.Parse(root.GetRawText())!.AsObject();
                if (repair is null || report.ProblemsTruncated || !repair.ApplyTo<T>(repaired, reported))
                {
                    break;
                }
            }
        }

        return new ParsedRecord<T>(null, null, reported);
    }

    /// <summary>What the record stated, as its own bytes copied from the file: kept to be parsed
    /// again only for a record the archive already holds, and never written out again (that cost
    /// seconds of a 244 MB bundle).</summary>
    public static byte[] StatedBytes(JsonDocument document) => JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();

    /// <summary>The slug of a record that may not have parsed, for messages about it.</summary>
    public static string? SlugOf(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty("slug", out var value)
        && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (string? Field, string Message, RecordRepair.Step? Repair) Explain<T>(JsonException e)
    {
        var field = e.Path is null or "$" ? null : e.Path.TrimStart('$').TrimStart('.');
        var text = e.Message;
        if (UnknownField().Match(text) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            var at = Join(field, name);
            return (at, $"unknown field '{name}': format {BundleJson.FormatVersion} has no such field (see docs/interchange.md)", RecordRepair.Step.Remove(at));
        }

        if (MissingFields().Match(text) is { Success: true } missing)
        {
            var names = missing.Groups["name"].Captures.Select(c => field is null ? c.Value : $"{field}.{c.Value}");
            return (field, $"required field {missing.Groups["names"].Value} is missing", RecordRepair.Step.Fill([.. names]));
        }

        if (NullValue().Match(text) is { Success: true } nullValue)
        {
            var at = Join(field, nullValue.Groups["name"].Value);
            return (at, "must have a value, not null", RecordRepair.Step.Fill([at]));
        }

        if (Duplicate().Match(text) is { Success: true } duplicate)
        {
            // The reread would fail the same way: what follows in this record goes unchecked.
            return (Join(field, duplicate.Groups["name"].Value), "appears twice in the same object", null);
        }

        var repair = field is null ? null : RecordRepair.Step.Fill([field]);
        if (Conversion().Match(text) is { Success: true })
        {
            return (field, $"expected {Expected(RecordRepair.TypeAt(typeof(T), field))}", repair);
        }

        return (field, "the value does not fit the format", repair);
    }

    private static string Join(string? path, string name) =>
        string.IsNullOrEmpty(path) ? name : path.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? path : $"{path}.{name}";

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        return type switch
        {
            null => "a value of another kind",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(string) => "a string (text in double quotes)",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date written YYYY-MM-DD",
            _ when type == typeof(DateTimeOffset) => "a date and time in ISO 8601 (2024-11-16T08:00:00+00:00)",
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => "an array",
            _ => "an object",
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownField();

    [GeneratedRegex(@"missing required properties including: (?<names>'(?<name>[^']*)'(?:, '(?<name>[^']*)')*)")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"(?:property|parameter|field) '(?<name>[^']*)'.*(?:doesn't allow|does not allow) (?:setting |getting )?null")]
    private static partial Regex NullValue();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"could not be converted to")]
    private static partial Regex Conversion();
}
