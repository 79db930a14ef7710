using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>One language version of a speech under the theme, as plain text.</summary>
internal sealed record WordingText(int Year, Language Language, string Text);

/// <summary>Adds texts up per language and period, then sets each period against the one
/// before it. Periods are windows of calendar years aligned to multiples of the window
/// (2015–2019, 2020–2024 for five years). Texts may be added from several threads at once:
/// cutting them is the slow part and runs outside the lock.</summary>
internal sealed class WordingCount(TermCutter cutter, int window)
{
    private readonly Dictionary<(Language Language, int From), TermTally> _periods = [];
    private readonly Lock _lock = new();

    public void Add(WordingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var speech = new TermTally();
        cutter.Cut(text.Text, text.Language, speech);
        var from = (int)Math.Floor(text.Year / (double)window) * window;
        lock (_lock)
        {
            if (!_periods.TryGetValue((text.Language, from), out var period))
            {
                _periods[(text.Language, from)] = period = new TermTally();
            }

            period.AddSpeech(speech);
        }
    }

    public ThemeWording Result() => new(window, [Moves(Language.En), Moves(Language.Zh)]);

    private LanguageWording Moves(Language language)
    {
        var periods = _periods.Where(p => p.Key.Language == language).OrderBy(p => p.Key.From).ToList();
        var moves = periods.Zip(periods.Skip(1), (before, now) =>
        {
            var (rising, falling) = TermShift.Between(now.Value, before.Value);
            return new PeriodWording(Span(now.Key.From), Span(before.Key.From), now.Value.Speeches, before.Value.Speeches, rising, falling);
        });
        return new LanguageWording(language, moves.ToList());
    }

    private YearSpan Span(int from) => new(from, from + window - 1);
}
