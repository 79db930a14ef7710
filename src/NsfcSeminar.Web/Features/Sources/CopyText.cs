using System.Text;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace NsfcSeminar.Web.Features.Sources;

/// <summary>
/// The words inside an archived copy: a PDF's text by PdfPig, a saved page's by AngleSharp
/// (scripts and styles dropped, never run), plain text as it is. A scan, or a file either
/// library cannot read, holds no text the portal can know: null, not a guess.
/// </summary>
internal static class CopyText
{
    /// <summary>More than any release; a copy past it is searched by its beginning.</summary>
    public const int MaxLength = 1_000_000;

    public static string? Extract(string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
        try
        {
            var text = type switch
            {
                "application/pdf" => Pdf(content),
                "text/html" or "application/xhtml+xml" => Html(content),
                "text/plain" => Encoding.UTF8.GetString(content),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : Trim(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged or encrypted file is still worth keeping; it is only not searchable.
            return null;
        }
    }

    private static string Pdf(byte[] content)
    {
        using var document = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(page.Text);
            if (text.Length > MaxLength)
            {
                break;
            }
        }

        return text.ToString();
    }

    private static string Html(byte[] content)
    {
        using var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(content));
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template"))
        {
            hidden.Remove();
        }

        return document.Body?.TextContent ?? "";
    }

    private static string Trim(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > MaxLength ? collapsed[..MaxLength] : collapsed;
    }
}
