using System.Text;
using NsfcSeminar.Web.Features.Interchange.Parsing;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>The reader streams: a bundle far larger than any buffer is read record by record,
/// and its memory is the size of the largest record, not of the file.</summary>
public sealed class StreamingTests
{
    [Fact]
    public void A_64_MB_bundle_is_read_record_by_record_with_a_buffer_of_one_record()
    {
        const int records = 40_000;
        var record = Encoding.UTF8.GetBytes($$"""{ "slug": "s", "texts": { "zh": { "bodyMarkdown": "{{new string('讲', 500)}}" } } }""");
        using var stream = new GeneratedBundle(record, records);
        var reader = new BundleReader(stream);

        reader.Read();
        reader.Read();
        reader.Read();
        reader.Read();
        var read = 0;
        Assert.True(reader.BeginArray());
        while (reader.ReadRecordOrEnd() is { } document)
        {
            using (document)
            {
                read++;
            }
        }

        reader.Read();
        reader.ReadEnd();
        Assert.Equal(records, read);
        Assert.True(stream.Position > 60_000_000, $"only {stream.Position} bytes");
        Assert.True(reader.BufferSize <= 64 * 1024, $"the buffer grew to {reader.BufferSize} bytes");
    }

    /// <summary>{"format": 1, "seminars": [record, record, …]} made as it is read.</summary>
    private sealed class GeneratedBundle(byte[] record, int count) : Stream
    {
        private static readonly byte[] Head = "{\"format\": 1, \"seminars\": [\n"u8.ToArray();
        private static readonly byte[] Tail = "]}\n"u8.ToArray();
        private int _index = -1;
        private int _offset;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count1)
        {
            var written = 0;
            while (written < count1)
            {
                var part = Part();
                if (part is null)
                {
                    break;
                }

                var n = Math.Min(part.Length - _offset, count1 - written);
                Array.Copy(part, _offset, buffer, offset + written, n);
                written += n;
                _offset += n;
                if (_offset == part.Length)
                {
                    _index++;
                    _offset = 0;
                }
            }

            _position += written;
            return written;
        }

        private static readonly byte[] Comma = ",\n"u8.ToArray();

        // -1: head; then record, comma, record, …; then tail.
        private byte[]? Part() => _index switch
        {
            -1 => Head,
            _ when _index < (2 * count) - 1 => _index % 2 == 0 ? record : Comma,
            _ when _index == (2 * count) - 1 => Tail,
            _ => null,
        };

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}
