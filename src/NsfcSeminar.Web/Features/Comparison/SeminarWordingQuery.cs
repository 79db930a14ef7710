using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Wording;
using NsfcSeminar.Web.Markdown;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>
/// How each theme two seminars share was worded in each: the plain text (title, summary and
/// body rendered from Markdown) of the speeches carrying the theme, cut into terms per language
/// (<see cref="TermCutter"/>), and the terms whose share stands out in one seminar against the
/// other (<see cref="TermShift"/>, with the rule for seminars). Kept until the archive changes
/// (<see cref="WordingCache"/>): one SQL command when kept, two when worked out. The two
/// seminars were found visible to the reader, and every speech of a visible seminar is, so the
/// result does not depend on who reads it.
/// </summary>
internal sealed class SeminarWordingQuery(
    IDbContextFactory<SeminarDbContext> dbFactory, MarkdownRenderer markdown, TermCutter cutter, WordingCache cache)
{
    private static readonly Language[] Languages = [Language.En, Language.Zh];

    public async Task<SeminarWording> LoadAsync(
        ComparedSeminar earlier, ComparedSeminar later, IReadOnlyList<RecordLink> shared, SeminarDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(shared);
        if (shared.Count == 0)
        {
            return SeminarWording.None;
        }

        var generation = await ArchiveGeneration.ReadAsync(db, ct);
        var key = $"seminars/{earlier.Record.Slug}/{later.Record.Slug}";
        return await cache.GetOrComputeAsync(key, generation, () => ComputeAsync(earlier, later, shared), ct)
            ?? SeminarWording.BeingWorkedOut();
    }

    /// <summary>Not cancellable: the result is kept for the next reader (see the cache).</summary>
    private async Task<SeminarWording> ComputeAsync(ComparedSeminar earlier, ComparedSeminar later, IReadOnlyList<RecordLink> shared)
    {
        var slugs = shared.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var speechIds = earlier.Speeches.Concat(later.Speeches).Where(s => s.ThemeSlugs.Any(slugs.Contains)).Select(s => s.Id).ToList();
        List<SpeechWords> texts;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            texts = await db.SpeechTexts.AsNoTracking()
                .Where(t => speechIds.Contains(t.SpeechId))
                .Select(t => new SpeechWords(t.SpeechId, t.Language, t.Title, t.Summary, t.BodyMarkdown))
                .ToListAsync();
        }

        // Cutting is the slow part: each text once, on every core, whatever themes it carries.
        var tallies = texts.AsParallel().Select(text =>
        {
            var tally = new TermTally();
            cutter.Cut(string.Join('\n', text.Title, text.Summary ?? "", markdown.ToPlainText(text.BodyMarkdown)), text.Language, tally);
            return (text.SpeechId, text.Language, Tally: tally);
        }).ToList();

        var themes = shared.ToDictionary(
            theme => theme.Slug,
            theme =>
            {
                var before = earlier.SpeechesOn(theme.Slug).Select(s => s.Id).ToHashSet();
                var after = later.SpeechesOn(theme.Slug).Select(s => s.Id).ToHashSet();
                IReadOnlyList<ThemeTerms> terms = Languages
                    .Select(language => Compare(language, Sum(tallies, language, before), Sum(tallies, language, after)))
                    .Where(t => t.EarlierSpeeches + t.LaterSpeeches > 0)
                    .ToList();
                return terms;
            },
            StringComparer.Ordinal);
        return new SeminarWording(themes);
    }

    private static TermTally Sum(IEnumerable<(int SpeechId, Language Language, TermTally Tally)> tallies, Language language, HashSet<int> speeches)
    {
        var sum = new TermTally();
        foreach (var (_, _, tally) in tallies.Where(t => t.Language == language && speeches.Contains(t.SpeechId)))
        {
            sum.AddSpeech(tally);
        }

        return sum;
    }

    private static ThemeTerms Compare(Language language, TermTally earlier, TermTally later)
    {
        var terms = new ThemeTerms(language, earlier.Speeches, later.Speeches, [], []);
        if (!terms.IsComparable)
        {
            return terms;
        }

        // Rising in the later seminar stands out there; falling stands out in the earlier.
        var (rising, falling) = TermShift.Between(later, earlier, ShiftRule.Seminars);
        return terms with { Earlier = falling, Later = rising };
    }

    private sealed record SpeechWords(int SpeechId, Language Language, string Title, string? Summary, string BodyMarkdown);
}
