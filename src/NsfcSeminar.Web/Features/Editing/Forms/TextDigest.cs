using System.Security.Cryptography;
using System.Text;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>SHA-256 of a text as lowercase hex: what the browser computes of the text it shows
/// and the server of what it holds or stored, so that a save can prove they are the same.</summary>
internal static class TextDigest
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
