using System.Text;

namespace NsfcSeminar.Web.Features.Citations.Formats;

/// <summary>A format written as lines of UTF-8 text, one entry after another.</summary>
public abstract class TextCitationFormat : CitationFormat
{
    public override async Task WriteAsync(IAsyncEnumerable<CitableWork> works, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(works);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.NewLine = NewLine;
        await foreach (var work in works.WithCancellation(ct))
        {
            await writer.WriteAsync(Entry(work));
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>The line ending the format's specification asks for.</summary>
    protected virtual string NewLine => "\n";

    /// <summary>One complete entry, ending with a blank line.</summary>
    public abstract string Entry(CitableWork work);

    /// <summary>A value on one line: reference formats end a field at the line's end.</summary>
    protected static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
