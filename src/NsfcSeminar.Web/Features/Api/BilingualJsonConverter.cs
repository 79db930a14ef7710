using System.Text.Json;
using System.Text.Json.Serialization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>Writes a <see cref="Bilingual"/> as <c>{"zh": ..., "en": ...}</c> and nothing else
/// (not its computed properties).</summary>
internal sealed class BilingualJsonConverter : JsonConverter<Bilingual>
{
    public override Bilingual Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = new Bilingual();
        using var document = JsonDocument.ParseValue(ref reader);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.NameEquals(Language.Zh.Code()))
            {
                text.Zh = property.Value.GetString();
            }
            else if (property.NameEquals(Language.En.Code()))
            {
                text.En = property.Value.GetString();
            }
        }

        return text;
    }

    public override void Write(Utf8JsonWriter writer, Bilingual value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(Language.Zh.Code(), value.Zh);
        writer.WriteString(Language.En.Code(), value.En);
        writer.WriteEndObject();
    }
}
