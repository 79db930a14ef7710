using System.Text.Json;
using System.Text.RegularExpressions;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>Turns one record of the file into its typed form, or into a problem that says which
/// field is wrong and what was expected, in words rather than .NET type names.</summary>
internal static partial class RecordParser
{
    public static T? Parse<T>(JsonDocument document, BundleSection section, int position, ImportReport report)
        where T : class
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            report.Add(new ImportProblem(section, position, null, null, $"expected an object (a record in braces), found {Describe(root.ValueKind)}"));
            return null;
        }

        var slug = root.TryGetProperty("slug", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        try
        {
            return root.Deserialize(BundleJson.TypeInfo<T>());
        }
        catch (JsonException e)
        {
            var (field, message) = Explain<T>(e);
            report.Add(new ImportProblem(section, position, slug, field, message));
            return null;
        }
    }

    /// <summary>The slug of a record that may not have parsed, for messages about it.</summary>
    public static string? SlugOf(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty("slug", out var value)
        && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (string? Field, string Message) Explain<T>(JsonException e)
    {
        var field = e.Path is null or "$" ? null : e.Path.TrimStart('$').TrimStart('.');
        var text = e.Message;
        if (UnknownField().Match(text) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            return (Join(field, name), $"unknown field '{name}': format {BundleJson.FormatVersion} has no such field (see docs/interchange.md)");
        }

        if (MissingFields().Match(text) is { Success: true } missing)
        {
            return (field, $"required field {missing.Groups["names"].Value} is missing");
        }

        if (NullValue().Match(text) is { Success: true } nullValue)
        {
            return (Join(field, nullValue.Groups["name"].Value), "must have a value, not null");
        }

        if (Duplicate().Match(text) is { Success: true } duplicate)
        {
            return (Join(field, duplicate.Groups["name"].Value), "appears twice in the same object");
        }

        if (Conversion().Match(text) is { Success: true } conversion)
        {
            return (field, $"expected {Expected(TypeAt(typeof(T), field))}");
        }

        return (field, "the value does not fit the format");
    }

    private static string? Join(string? path, string name) =>
        string.IsNullOrEmpty(path) ? name : path.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? path : $"{path}.{name}";

    /// <summary>The type the format wants at a path such as "speeches[2].texts.en.title",
    /// found by walking the serializer's own metadata (the exception names only the record).</summary>
    private static Type? TypeAt(Type root, string? path)
    {
        var type = root;
        foreach (var segment in PathSegments().Matches(path ?? "").Select(m => m.Value))
        {
            if (segment.StartsWith('['))
            {
                type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? type;
                continue;
            }

            var property = BundleJson.Options.GetTypeInfo(type).Properties.FirstOrDefault(p => p.Name == segment);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
        }

        return type == root && !string.IsNullOrEmpty(path) ? null : type;
    }

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

    [GeneratedRegex(@"missing required properties including: (?<names>'[^']*'(?:, '[^']*')*)")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"(?:property|parameter|field) '(?<name>[^']*)'.*(?:doesn't allow|does not allow) (?:setting |getting )?null")]
    private static partial Regex NullValue();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"could not be converted to")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"[^.\[\]]+|\[\d+\]")]
    private static partial Regex PathSegments();
}
