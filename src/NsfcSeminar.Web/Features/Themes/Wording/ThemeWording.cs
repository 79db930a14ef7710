using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>How a theme's wording moved: per language of the texts, each period's terms that
/// rose and fell against the period before it. Counted from speeches the reader may see.</summary>
public sealed record ThemeWording(int Window, IReadOnlyList<LanguageWording> Languages)
{
    public bool IsEmpty => Languages.All(l => l.Periods.Count == 0);

    /// <summary>Still being worked out when the page could wait no longer; kept for the next reader.</summary>
    public bool IsBeingWorkedOut { get; private init; }

    public static ThemeWording BeingWorkedOut(int window) => new(window, []) { IsBeingWorkedOut = true };
}

/// <summary>The periods of one language's texts, oldest first. Each is set against the
/// latest earlier period with texts in this language.</summary>
public sealed record LanguageWording(Language Language, IReadOnlyList<PeriodWording> Periods);

public sealed record PeriodWording(YearSpan Span, YearSpan Previous, int Speeches, int PreviousSpeeches, IReadOnlyList<TermMove> Rising, IReadOnlyList<TermMove> Falling);

public sealed record YearSpan(int From, int To);

/// <summary>A term's uses (and the speeches using it) in a period and in the period before;
/// <see cref="LogRatio"/> is the natural log of its share now over its share then.</summary>
public sealed record TermMove(string Term, int Count, int PreviousCount, int Speeches, int PreviousSpeeches, double LogRatio);
