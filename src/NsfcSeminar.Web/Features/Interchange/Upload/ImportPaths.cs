namespace NsfcSeminar.Web.Features.Interchange.Upload;

internal static class ImportPaths
{
    /// <summary>The editors' import page, under the language prefix.</summary>
    public const string Page = "/edit/import";
}
