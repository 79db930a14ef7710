using System.Text;
using System.Text.Unicode;

namespace NsfcSeminar.Web.Features.Interchange.Parsing;

/// <summary>A bundle is UTF-8 and nothing else; where it is not, the first bad byte says where to
/// look, so the editor can find and mend it.</summary>
internal static class BundleEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The index of the first byte that is not valid UTF-8, or null when all are.</summary>
    public static int? FirstBadByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }

        return 0;
    }
}
