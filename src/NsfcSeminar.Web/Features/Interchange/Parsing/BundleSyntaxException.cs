namespace NsfcSeminar.Web.Features.Interchange.Parsing;

/// <summary>The file cannot be read further: malformed JSON, invalid UTF-8, nesting past the
/// limit, a record too large. Carries where in the file it happened.</summary>
public sealed class BundleSyntaxException(string message, long line, long bytePosition)
    : Exception(message)
{
    public long Line { get; } = line;

    public long BytePosition { get; } = bytePosition;
}
