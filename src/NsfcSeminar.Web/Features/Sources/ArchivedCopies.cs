using System.Security.Cryptography;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Sources;

/// <summary>Makes the archived copy of a source from its bytes: named by their SHA-256, with the
/// text read out of it once, so that search finds words inside a PDF or a saved page.</summary>
internal static class ArchivedCopies
{
    public static ArchivedCopy Create(string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ArchivedCopy
        {
            FileName = fileName,
            ContentType = contentType,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Size = content.LongLength,
            Content = content,
            ExtractedText = CopyText.Extract(contentType, content),
        };
    }
}
