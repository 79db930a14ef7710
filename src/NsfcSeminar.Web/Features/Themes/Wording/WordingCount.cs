using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>Adds texts up per language and period, then sets each period against the one
/// before it. Periods are windows of calendar years aligned to multiples of the window
/// (2015–2019, 2020–2024 for five years). Texts may be added from several threads at once:
/// cutting them is the slow part and runs outside the lock.</summary>
internal sealed class WordingCount(TermCutter cutter, int window)
{
    private readonly Dictionary<(Language Language, int From), TermTally> _periods = [];
    private readonly Dictionary<Language, YearSpan> _years = [];
    private readonly Lock _lock = new();

    public void Add(WordingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var speech = new TermTally();
        cutter.Cut(text.Text, text.Language, speech);
        var from = LanguageWording.PeriodStart(text.Year, window);
        lock (_lock)
        {
            if (!_periods.TryGetValue((text.Language, from), out var period))
            {
                _periods[(text.Language, from)] = period = new TermTally();
            }

            period.AddSpeech(speech);
            _years[text.Language] = _years.TryGetValue(text.Language, out var years)
                ? new YearSpan(Math.Min(years.From, text.Year), Math.Max(years.To, text.Year))
                : new YearSpan(text.Year, text.Year);
        }
    }

    public ThemeWording Result() => new(window, [Moves(Language.En), Moves(Language.Zh)]);

    private LanguageWording Moves(Language language)
    {
        var periods = _periods.Where(p => p.Key.Language == language).OrderBy(p => p.Key.From).ToList();
        var comparisons = periods.Zip(periods.Skip(1), (before, now) => Compare(now.Key.From, now.Value, before.Key.From, before.Value));
        return new LanguageWording(language, periods.Select(p => Span(p.Key.From)).ToList(), comparisons.ToList(), _years.GetValueOrDefault(language));
    }

    private PeriodWording Compare(int from, TermTally now, int previousFrom, TermTally before)
    {
        var period = new PeriodWording(Span(from), Span(previousFrom), now.Speeches, before.Speeches, [], []);
        if (!period.IsComparable)
        {
            return period;
        }

        var (rising, falling) = TermShift.Between(now, before, ShiftRule.Periods);
        return period with { Rising = rising, Falling = falling };
    }

    private YearSpan Span(int from) => new(from, from + window - 1);
}
