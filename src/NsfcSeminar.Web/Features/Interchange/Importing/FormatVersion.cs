using System.Text.Json;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Parsing;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>The first field of a bundle says which format it is in; nothing else is read from a
/// bundle in a format this portal does not know.</summary>
internal static class FormatVersion
{
    public static bool Check(BundleReader reader, ImportReport report)
    {
        if (reader.Read() != JsonTokenType.PropertyName || reader.Text != "format")
        {
            report.Add(ImportProblem.InFile($"the bundle must begin with \"format\": {BundleJson.FormatVersion}"));
            return false;
        }

        var token = reader.Read();
        if (token != JsonTokenType.Number || reader.Number is not { } version || version is < 1 or > int.MaxValue || !BundleJson.IsReadable((int)version))
        {
            var found = token == JsonTokenType.Number ? reader.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "a fraction" : "not a number";
            report.Add(ImportProblem.InFile($"unsupported format version ({found}): this portal reads formats 1 and {BundleJson.FormatVersion}"));
            return false;
        }

        return true;
    }
}
