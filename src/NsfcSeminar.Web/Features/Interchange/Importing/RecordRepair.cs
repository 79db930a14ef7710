using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Sets aside a bad value of a record that did not read, so that reading it again finds the
/// record's next problem, and the rules can then check the fields that were good: a bad value is
/// replaced by a stand-in of the type the format wants, an unknown field is removed. Stand-ins
/// are never written (a record with a problem stops the import), and problems about a field that
/// holds one are not reported (<see cref="Covers"/>): it was reported as it was written.
/// </summary>
internal static partial class RecordRepair
{
    /// <summary>What sets aside the value a problem is about: fields removed, or filled with stand-ins.</summary>
    public sealed record Step(IReadOnlyList<string> Removed, IReadOnlyList<string> Filled)
    {
        public static Step Remove(string path) => new([path], []);

        public static Step Fill(IReadOnlyList<string> paths) => new([], paths);

        /// <summary>Changes <paramref name="record"/> and adds the fields to <paramref name="reported"/>;
        /// false when a field could not be set aside, so that the record cannot be read further.</summary>
        public bool ApplyTo<T>(JsonObject record, List<string> reported)
        {
            var done = Removed.All(path => RecordRepair.Remove(record, path))
                && Filled.Select((path, i) => RecordRepair.Fill(record, path, typeof(T), reported.Count + i)).All(filled => filled);
            reported.AddRange(Removed);
            reported.AddRange(Filled);
            return done;
        }
    }

    /// <summary>True when <paramref name="field"/> is one of <paramref name="covered"/> or lies inside one.</summary>
    public static bool Covers(IEnumerable<string> covered, string? field) =>
        field is not null && covered.Any(c => field == c
            || (field.StartsWith(c, StringComparison.Ordinal) && field[c.Length] is '.' or '['));

    public static bool Remove(JsonObject root, string path)
    {
        var (parent, last) = Locate(root, path);
        return parent is JsonObject owner && last is not null && owner.Remove(last);
    }

    /// <summary>Puts a stand-in of the type the format wants at <paramref name="path"/>; false
    /// when the path leads nowhere or the type is not one the format uses.</summary>
    public static bool Fill(JsonObject root, string path, Type recordType, int count)
    {
        var standIn = StandIn(TypeAt(recordType, path), count);
        var (parent, last) = Locate(root, path);
        switch (parent)
        {
            case JsonObject owner when standIn is not null && last is not null && Index(last) is null:
                owner[last] = standIn;
                return true;
            case JsonArray array when standIn is not null && Index(last) is { } i && i < array.Count:
                array[i] = standIn;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The type the format wants at a path such as "speeches[2].texts.en.title",
    /// found by walking the serializer's own metadata.</summary>
    public static Type? TypeAt(Type root, string? path)
    {
        var type = root;
        foreach (var segment in Segments(path))
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

    private static JsonNode? StandIn(Type? type, int count)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => null,
            { IsEnum: true } => JsonValue.Create(Enum.GetNames(type)[0]),

            // Distinct, so that two stand-ins are never taken for a repeated slug or anchor.
            _ when type == typeof(string) => JsonValue.Create($"unreadable-{count}"),
            _ when type == typeof(int) || type == typeof(long) => JsonValue.Create(1),
            _ when type == typeof(bool) => JsonValue.Create(false),

            // The earliest date is never after another date of the record.
            _ when type == typeof(DateOnly) => JsonValue.Create("0001-01-01"),
            _ when type == typeof(DateTimeOffset) => JsonValue.Create("0001-01-01T00:00:00+00:00"),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => new JsonArray(),
            { IsClass: true } => new JsonObject(),
            _ => null,
        };
    }

    /// <summary>The node holding the last segment of <paramref name="path"/>, and that segment.</summary>
    private static (JsonNode? Parent, string? Last) Locate(JsonObject root, string path)
    {
        var segments = Segments(path).ToList();
        if (segments.Count == 0)
        {
            return (null, null);
        }

        JsonNode? node = root;
        foreach (var segment in segments[..^1])
        {
            node = Index(segment) is { } i
                ? node is JsonArray array && i < array.Count ? array[i] : null
                : node is JsonObject owner ? owner[segment] : null;
        }

        return (node, segments[^1]);
    }

    private static int? Index(string? segment) =>
        segment is ['[', .., ']'] && int.TryParse(segment[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static IEnumerable<string> Segments(string? path) => PathSegments().Matches(path ?? "").Select(m => m.Value);

    [GeneratedRegex(@"[^.\[\]]+|\[\d+\]")]
    private static partial Regex PathSegments();
}
