using System.Globalization;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Something the proposer could not find or is unsure of. The template is the English
/// text and the localizer's key; the page shows it in the editor's language.</summary>
public sealed record DraftWarning(string Template, params string[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Template, Arguments);
}
