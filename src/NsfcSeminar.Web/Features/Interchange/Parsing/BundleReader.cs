using System.Buffers;
using System.Text;
using System.Text.Json;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Parsing;

/// <summary>
/// Reads a bundle from a stream one token, or one whole record, at a time. Only the record being
/// read is ever in memory: the buffer grows to the largest record, never to the file, and a
/// record larger than <paramref name="maxRecordBytes"/> is refused.
/// </summary>
/// <remarks>Utf8JsonReader is a ref struct that cannot live across reads of the stream, so each
/// call makes a new one over the buffered bytes and carries its state forward.</remarks>
public sealed class BundleReader(Stream stream, int maxRecordBytes = BundleReader.DefaultMaxRecordBytes)
{
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private long _offset;
    private long _line = 1;
    private JsonReaderState _state = new(BundleJson.ReaderOptions);

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The text of the last property name or string token.</summary>
    public string? Text { get; private set; }

    /// <summary>The last number token, when it is an integer.</summary>
    public long? Number { get; private set; }

    /// <summary>How far into the file the reader is, for progress bars.</summary>
    public long BytesRead => _offset;

    /// <summary>The largest buffer the reader needed: the measure of its memory.</summary>
    public int BufferSize => _buffer.Length;

    public long Line => _line;

    public JsonTokenType Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (Guard(ref reader, (ref Utf8JsonReader r) => r.Read()))
            {
                Capture(ref reader);
                Advance(ref reader);
                return TokenType;
            }

            Fill(readingRecord: false);
        }
    }

    /// <summary>Reads the next value whole, or returns null when the array it is in ends.</summary>
    public JsonDocument? ReadRecordOrEnd() => ReadValue(enterArray: false);

    /// <summary>Steps into the array that comes next, or, when the next value is not an array,
    /// skips it whole and returns false.</summary>
    public bool BeginArray()
    {
        using var skipped = ReadValue(enterArray: true);
        return skipped is null;
    }

    /// <summary>Skips the next value without keeping it, an array record by record, so that even
    /// a refused section of a huge bundle never has to fit in memory.</summary>
    public void SkipValue()
    {
        if (!BeginArray())
        {
            return;
        }

        while (ReadRecordOrEnd() is { } record)
        {
            record.Dispose();
        }
    }

    private JsonDocument? ReadValue(bool enterArray)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (Guard(ref reader, (ref Utf8JsonReader r) => r.Read()))
            {
                if (reader.TokenType == (enterArray ? JsonTokenType.StartArray : JsonTokenType.EndArray))
                {
                    TokenType = reader.TokenType;
                    Advance(ref reader);
                    return null;
                }

                var probe = reader;
                if (Guard(ref probe, (ref Utf8JsonReader r) => r.TrySkip()))
                {
                    var length = (int)probe.BytesConsumed;
                    EnsureUtf8(_buffer.AsSpan(_start, length));
                    var document = JsonDocument.ParseValue(ref reader);
                    Advance(ref reader);
                    return document;
                }
            }

            Fill(readingRecord: true);
        }
    }

    /// <summary>Checks that nothing but white space follows the bundle's closing brace.</summary>
    public void ReadEnd()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (Guard(ref reader, (ref Utf8JsonReader r) => r.Read()))
            {
                throw new BundleSyntaxException($"unexpected content after the bundle's closing brace, at line {_line}", _line, _offset);
            }

            if (_final)
            {
                return;
            }

            Fill(readingRecord: false);
        }
    }

    private bool Guard(ref Utf8JsonReader reader, ReaderStep step)
    {
        try
        {
            return step(ref reader);
        }
        catch (JsonException e)
        {
            // The reader's state carries its line count across buffers: it is the file's line.
            var line = (e.LineNumber ?? 0) + 1;
            throw new BundleSyntaxException(
                $"malformed JSON at line {line}: {StripPosition(e.Message)}", line, _offset + reader.BytesConsumed);
        }
    }

    private delegate bool ReaderStep(ref Utf8JsonReader reader);

    private void Capture(ref Utf8JsonReader reader)
    {
        TokenType = reader.TokenType;
        Text = null;
        Number = null;
        if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
        {
            EnsureUtf8(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            Text = reader.GetString();
        }
        else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            Number = number;
        }
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += _buffer.AsSpan(_start, consumed).Count((byte)'\n');
        _start += consumed;
        _offset += consumed;
        _state = reader.CurrentState;
    }

    private void Fill(bool readingRecord)
    {
        if (_final)
        {
            throw new BundleSyntaxException($"the file ends early, at line {_line}: the JSON is incomplete", _line, _offset);
        }

        var pending = _end - _start;
        if (readingRecord && pending >= maxRecordBytes)
        {
            throw new BundleSyntaxException(
                $"a record at line {_line} is larger than {maxRecordBytes / (1024 * 1024)} MB, the most one record may hold", _line, _offset);
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
        if (!_started)
        {
            SkipByteOrderMark();
        }
    }

    private void SkipByteOrderMark()
    {
        if (_end - _start < 3 && !_final)
        {
            return;
        }

        _started = true;
        if (_buffer.AsSpan(_start, _end - _start).StartsWith(Encoding.UTF8.Preamble))
        {
            _start += 3;
            _offset += 3;
        }
    }

    private void EnsureUtf8(ReadOnlySpan<byte> bytes)
    {
        if (BundleEncoding.FirstBadByte(bytes) is int at)
        {
            throw new BundleSyntaxException(
                $"the file is not valid UTF-8: a bad byte sequence near line {_line} (byte {_offset + at}); save the bundle as UTF-8",
                _line, _offset + at);
        }
    }

    // The reader's own "LineNumber: 0 | BytePositionInLine: 4." counts from the current buffer,
    // not the file; the line we report replaces it.
    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).TrimEnd();
    }
}
