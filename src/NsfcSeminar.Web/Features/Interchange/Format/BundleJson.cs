using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NsfcSeminar.Web.Features.Interchange.Format;

/// <summary>The one set of JSON settings for reading and writing bundles: camelCase names, enum
/// values by name, absent rather than null, and strict reading (unknown fields, duplicate
/// fields, nulls where a value is required and enum numbers are refused).</summary>
public static class BundleJson
{
    /// <summary>The version this portal writes. Format 1 is read too: format 2 only added
    /// optional fields (sessions, sources, speakers without a name, unknown values), so a format 1
    /// bundle is a format 2 bundle as it stands.</summary>
    public const int FormatVersion = 2;

    public static bool IsReadable(int version) => version is 1 or FormatVersion;

    /// <summary>Nesting deeper than the format ever needs (it needs six) is refused early, so a
    /// hostile file of nested brackets cannot exhaust the stack.</summary>
    public const int MaxDepth = 16;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        MaxDepth = MaxDepth,

        // Chinese and punctuation stay readable in the file; the file is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BundleJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ThemeRecord))]
[JsonSerializable(typeof(OrganisationRecord))]
[JsonSerializable(typeof(PersonRecord))]
[JsonSerializable(typeof(NamedRecord))]
[JsonSerializable(typeof(GroupRecord))]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(SeminarRecord))]
[JsonSerializable(typeof(SessionRecord))]
[JsonSerializable(typeof(SourceRecord))]
internal sealed partial class BundleJsonContext : JsonSerializerContext;
