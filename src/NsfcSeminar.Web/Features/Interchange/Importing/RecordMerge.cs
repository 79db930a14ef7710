using System.Text.Json;
using System.Text.Json.Nodes;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Merges a bundle's record into the stored one at the level of their JSON, the one shape both
/// have: an object merges field by field (so a bilingual name stated in English keeps its stored
/// Chinese), a list or a value stated replaces the stored one, null removes it, and what the
/// bundle does not mention stays as it is.
/// </summary>
internal static class RecordMerge
{
    public static JsonObject Merge(JsonObject stored, JsonObject stated)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in stated)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else if (value is JsonObject statedObject && merged[name] is JsonObject storedObject)
            {
                merged[name] = Merge(storedObject, statedObject);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>Every field that differs, by its path in the record ("name.zh", "speeches"),
    /// lists compared whole.</summary>
    public static IEnumerable<FieldChange> Diff(JsonObject before, JsonObject after, string at = "")
    {
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
        {
            var path = at.Length == 0 ? name : $"{at}.{name}";
            var (old, now) = (before[name], after[name]);
            if (old is JsonObject oldObject && now is JsonObject newObject)
            {
                foreach (var change in Diff(oldObject, newObject, path))
                {
                    yield return change;
                }
            }
            else if (!JsonNode.DeepEquals(old, now))
            {
                yield return new FieldChange(path, Show(old), Show(now));
            }
        }
    }

    private static string? Show(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}

/// <summary>One field of a record an import changes: its value before and after (null when the
/// field is absent), each cut short for the report.</summary>
public sealed record FieldChange(string Path, string? Old, string? New)
{
    public const int Shown = 160;

    public string? OldShown => Cut(Old);

    public string? NewShown => Cut(New);

    private static string? Cut(string? value) => value is { Length: > Shown } ? value[..Shown] + "…" : value;
}

/// <summary>A record an import updates, and how.</summary>
public sealed record RecordChange(string Section, string Slug, IReadOnlyList<FieldChange> Fields);
