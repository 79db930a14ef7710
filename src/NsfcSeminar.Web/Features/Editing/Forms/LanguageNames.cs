using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>Short ids for form fields, one per language ("zh", "en").</summary>
internal static class LanguageNames
{
    public static string Code(Language language) => language == Language.Zh ? "zh" : "en";
}
