using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>How a theme's wording moved: per language of the texts, each period's terms that
/// rose and fell against the period before it. Counted from speeches the reader may see.</summary>
public sealed record ThemeWording(int Window, IReadOnlyList<LanguageWording> Languages)
{
    /// <summary>Still being worked out when the page could wait no longer; kept for the next reader.</summary>
    public bool IsBeingWorkedOut { get; private init; }

    public static ThemeWording BeingWorkedOut(int window) => new(window, []) { IsBeingWorkedOut = true };
}
