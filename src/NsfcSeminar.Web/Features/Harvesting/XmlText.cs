using System.Text;
using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>XML 1.0 cannot carry every character a request or a stored text may hold (NUL and
/// most other C0 controls); those are dropped rather than failing the whole response.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }
}
