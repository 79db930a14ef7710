using System.Text.Json;
using System.Text.Json.Nodes;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>Form inputs as JSON: the payload of a draft, and a way to tell whether two inputs
/// hold the same content.</summary>
internal static class InputJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize<T>(T input) => JsonSerializer.Serialize(input, Options);

    public static T? Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            // A draft written by an older form: it cannot be offered back, but must not break the page.
            return default;
        }
    }

    public static T Clone<T>(T input) => Deserialize<T>(Serialize(input))!;

    /// <summary>The content of an input without what only identifies its state: the concurrency
    /// token and the keys that keep list rows apart on screen.</summary>
    public static string Content<T>(T input) => Without(input, "Version", "Key");

    /// <summary>SHA-256 over every field of the input, long texts included, without what the
    /// database assigns (ids, tokens): equal for what an editor sent and what was stored from it.</summary>
    public static string Digest<T>(T input) => TextDigest.Of(Without(input, "Version", "Key", "Id"));

    private static string Without<T>(T input, params string[] names)
    {
        var node = JsonSerializer.SerializeToNode(input, Options)!;
        Strip(node, names);
        return node.ToJsonString();
    }

    private static void Strip(JsonNode node, string[] names)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in names)
            {
                obj.Remove(name);
            }

            foreach (var child in obj.Select(pair => pair.Value).OfType<JsonNode>())
            {
                Strip(child, names);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                Strip(child, names);
            }
        }
    }
}
