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
public sealed class RevisionComparison
{
    private readonly ReferenceNames _names;

    private RevisionComparison(ReferenceNames names) => _names = names;

    /// <summary>The changes from one snapshot to the other; references read as the names given,
    /// or as their slugs.</summary>
    public static IReadOnlyList<FieldChange> Compare(string oldContent, string newContent, ReferenceNames? names = null)
    {
        var changes = new List<FieldChange>();
        new RevisionComparison(names ?? ReferenceNames.None).Compare(JsonNode.Parse(oldContent), JsonNode.Parse(newContent), [], changes);
        return changes;
    }

    private void Compare(JsonNode? a, JsonNode? b, List<string> path, List<FieldChange> changes)
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
            changes.Add(new FieldChange(path, Text(path, a), Text(path, b)));
        }
    }

    private void CompareLists(JsonArray oldArray, JsonArray newArray, List<string> path, List<FieldChange> changes)
    {
        var oldItems = oldArray.ToDictionary(Identity);
        var newItems = newArray.ToDictionary(Identity);
        foreach (var key in oldItems.Keys.Union(newItems.Keys))
        {
            var before = oldItems.GetValueOrDefault(key);
            var after = newItems.GetValueOrDefault(key);
            if (before is not null && after is not null)
            {
                Compare(before, after, [.. path, Label(path, after)], changes);
            }
            else if (!JsonNode.DeepEquals(before, after))
            {
                changes.Add(new FieldChange(path, before is null ? null : Label(path, before), after is null ? null : Label(path, after)));
            }
        }
    }

    /// <summary>A reference to another record is its id and slug ({Id, Slug}).</summary>
    internal static bool IsReference(JsonObject node) => node.Count == 2 && node.ContainsKey("Id") && node.ContainsKey("Slug");

    private static string Identity(JsonNode? item) => item switch
    {
        JsonObject o when o["Id"] is { } id => $"id:{id.ToJsonString()}",
        JsonObject o when o["Language"] is { } language => $"language:{language}",
        JsonObject o when o["Document"] is JsonObject document => $"document:{document["Id"]?.ToJsonString()}",
        _ => item?.ToJsonString() ?? "",
    };

    /// <summary>How an item of the list at <paramref name="path"/> is named.</summary>
    private string Label(List<string> path, JsonNode? item) => item switch
    {
        JsonObject o when o["Anchor"] is { } anchor => anchor.ToString(),
        JsonObject o when IsReference(o) => Name(path.Count > 0 ? path[^1] : "", o),
        JsonObject o when o["Slug"] is { } slug => slug.ToString(),
        JsonObject o when o["Language"] is { } language => language.ToString(),
        JsonObject o when o["Document"] is JsonObject document => document["Slug"]?.ToString() ?? "",
        JsonObject o when o["Role"] is { } role => $"{role}: {Reference("Person", o) ?? Reference("Organisation", o) ?? Reference("Group", o)}",
        _ => Text(path, item) ?? "",
    };

    private string? Reference(string field, JsonObject owner) => owner[field] is JsonObject o && IsReference(o) ? Name(field, o) : null;

    private string Name(string field, JsonObject reference) =>
        _names.Of(field, reference["Id"]!.GetValue<int>(), reference["Slug"]?.ToString() ?? "");

    private string? Text(List<string> path, JsonNode? node) => node switch
    {
        null => null,
        JsonObject o when IsReference(o) => Name(path.Count > 0 ? path[^1] : "", o),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
