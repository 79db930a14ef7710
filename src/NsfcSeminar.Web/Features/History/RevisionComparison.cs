using System.Text.Json.Nodes;

namespace NsfcSeminar.Web.Features.History;

/// <summary>One difference between two revisions: where (the field names from the record down,
/// e.g. Speeches › keynote › Texts › en › BodyMarkdown) and the two values as text.</summary>
public sealed record FieldChange(IReadOnlyList<string> Path, string? Old, string? New)
{
    private static readonly HashSet<string> LongTexts = ["MinutesMarkdown", "BodyMarkdown", "Summary", "StatedTheme", "Description"];

    /// <summary>Markdown and other running text, shown as words added and removed.</summary>
    public bool IsLongText => Path.Any(LongTexts.Contains);
}

/// <summary>
/// Compares two snapshots field by field. Lists are matched by what identifies their items (an
/// id, a language, a slug), so a reordered or edited item is a change, not a removal and an
/// addition.
/// </summary>
public static class RevisionComparison
{
    public static IReadOnlyList<FieldChange> Compare(string oldContent, string newContent)
    {
        var changes = new List<FieldChange>();
        Compare(JsonNode.Parse(oldContent), JsonNode.Parse(newContent), [], changes);
        return changes;
    }

    private static void Compare(JsonNode? a, JsonNode? b, List<string> path, List<FieldChange> changes)
    {
        if (a is JsonObject oldObject && b is JsonObject newObject && !IsReference(oldObject) && !IsReference(newObject))
        {
            foreach (var name in oldObject.Select(p => p.Key).Union(newObject.Select(p => p.Key)))
            {
                Compare(oldObject[name], newObject[name], [.. path, name], changes);
            }
        }
        else if (a is JsonArray oldArray && b is JsonArray newArray)
        {
            CompareLists(oldArray, newArray, path, changes);
        }
        else if (!JsonNode.DeepEquals(a, b))
        {
            changes.Add(new FieldChange(path, Text(a), Text(b)));
        }
    }

    private static void CompareLists(JsonArray oldArray, JsonArray newArray, List<string> path, List<FieldChange> changes)
    {
        var oldItems = oldArray.ToDictionary(Identity);
        var newItems = newArray.ToDictionary(Identity);
        foreach (var key in oldItems.Keys.Union(newItems.Keys))
        {
            var before = oldItems.GetValueOrDefault(key);
            var after = newItems.GetValueOrDefault(key);
            if (before is not null && after is not null)
            {
                Compare(before, after, [.. path, Label(after)], changes);
            }
            else if (!JsonNode.DeepEquals(before, after))
            {
                changes.Add(new FieldChange(path, before is null ? null : Label(before), after is null ? null : Label(after)));
            }
        }
    }

    /// <summary>A reference to another record ({Id, Slug}) reads as its slug.</summary>
    private static bool IsReference(JsonObject node) => node.Count == 2 && node.ContainsKey("Id") && node.ContainsKey("Slug");

    private static string Identity(JsonNode? item) => item switch
    {
        JsonObject o when o["Id"] is { } id => $"id:{id.ToJsonString()}",
        JsonObject o when o["Language"] is { } language => $"language:{language}",
        JsonObject o when o["Document"] is JsonObject document => $"document:{document["Id"]?.ToJsonString()}",
        _ => item?.ToJsonString() ?? "",
    };

    private static string Label(JsonNode? item) => item switch
    {
        JsonObject o when o["Anchor"] is { } anchor => anchor.ToString(),
        JsonObject o when o["Slug"] is { } slug => slug.ToString(),
        JsonObject o when o["Language"] is { } language => language.ToString(),
        JsonObject o when o["Document"] is JsonObject document => document["Slug"]?.ToString() ?? "",
        JsonObject o when o["Role"] is { } role => $"{role}: {Reference(o["Person"]) ?? Reference(o["Organisation"]) ?? Reference(o["Group"])}",
        _ => Text(item) ?? "",
    };

    private static string? Reference(JsonNode? node) => node is JsonObject o ? o["Slug"]?.ToString() : null;

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o when IsReference(o) => o["Slug"]?.ToString(),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
