using System.Text.Encodings.Web;
using System.Text.Json;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Citations.Formats;

/// <summary>CSL-JSON, the citation data of Zotero, Mendeley and the Citation Style Language: an
/// array of items, a speech as type <c>speech</c>, a seminar as an <c>event</c>. Names are
/// literal, never split into given and family names the record does not give.</summary>
internal sealed class CslJsonFormat : CitationFormat
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable in the file; JSON needs no escaping of it.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override string Extension => "json";

    public override string Label => "CSL-JSON";

    public override string MediaType => "application/vnd.citationstyles.csl+json; charset=utf-8";

    public override async Task WriteAsync(IAsyncEnumerable<CitableWork> works, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(works);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        await foreach (var work in works.WithCancellation(ct))
        {
            Item(json, work);
            if (json.BytesPending > 16_384)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static void Item(Utf8JsonWriter json, CitableWork work)
    {
        json.WriteStartObject();
        json.WriteString("id", work.Key);
        json.WriteString("type", work.Kind == CitableKind.Speech ? "speech" : "event");
        json.WriteString("title", work.Title);
        json.WriteStartArray("author");
        foreach (var author in work.Authors)
        {
            json.WriteStartObject();
            json.WriteString("literal", author);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (work.EventTitle is { } meeting)
        {
            json.WriteString("event-title", meeting);
        }

        if (work.Place is { } place)
        {
            json.WriteString("event-place", place);
        }

        Date(json, "event-date", work.Date);
        Date(json, "issued", work.Date);
        json.WriteString("URL", work.Url.AbsoluteUri);
        json.WriteString("language", work.Language.ToBcp47());
        json.WriteString("archive", CitableWork.Archive);
        if (work.Note is { } note)
        {
            json.WriteString("note", note);
        }

        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly date)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(date.Year);
        json.WriteNumberValue(date.Month);
        json.WriteNumberValue(date.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
