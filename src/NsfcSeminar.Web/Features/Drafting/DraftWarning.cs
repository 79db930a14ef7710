using System.Globalization;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Something the proposer could not find or is unsure of. The template is the localizer's
/// key; the page shows it in the editor's language, and <see cref="ToString"/> in English.</summary>
public sealed record DraftWarning(string Template, params string[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, EnglishText.Of(Template), Arguments);
}

/// <summary>
/// Writes warnings the way pages write interface strings (an indexer named L whose key is a resource id), so the
/// resource check finds every template and its Chinese translation; the text is localized later,
/// on the page, in the editor's language.
/// </summary>
internal sealed class WarningText
{
    public static readonly WarningText Instance = new();

    public DraftWarning this[string template, params string[] arguments] => new(template, arguments);
}
