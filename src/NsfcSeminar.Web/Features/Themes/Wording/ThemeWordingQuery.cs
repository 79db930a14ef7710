using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Wording;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>
/// The wording of a theme over time, counted from the plain text (title, summary and body
/// rendered from Markdown) of every speech under the theme or a sub-theme that the reader may
/// see. Cutting thousands of texts takes seconds (docs/performance.md), so the result is kept
/// per theme, reader and window until the archive changes (<see cref="WordingCache"/>):
/// one SQL command when kept (the archive's generation), two when worked out (and the
/// texts, streamed and cut on every core).
/// </summary>
internal sealed class ThemeWordingQuery(
    IDbContextFactory<SeminarDbContext> dbFactory, MarkdownRenderer markdown, TermCutter cutter, WordingCache cache)
{
    public const int DefaultWindow = 5;

    /// <summary>Windows a reader may choose, in years.</summary>
    public static readonly IReadOnlyList<int> Windows = [3, 5, 10];

    /// <summary>The window asked for if it is one of <see cref="Windows"/>, else the default.</summary>
    public static int WindowOrDefault(int? asked) => asked is { } window && Windows.Contains(window) ? window : DefaultWindow;

    public async Task<ThemeWording> LoadAsync(IReadOnlyList<int> scope, ReaderAccess access, int window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(access);
        string generation;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            generation = await ArchiveGeneration.ReadAsync(db, ct);
        }

        var key = "theme/" + string.Join(',', scope.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)))
            + (access.MaySeeStaffOnly ? "/staff/" : "/public/") + window.ToString(CultureInfo.InvariantCulture);
        return await cache.GetOrComputeAsync(key, generation, () => ComputeAsync(scope, access, window), ct)
            ?? ThemeWording.BeingWorkedOut(window);
    }

    /// <summary>Not cancellable: the result is kept for the next reader (see the cache).</summary>
    private async Task<ThemeWording> ComputeAsync(IReadOnlyList<int> scope, ReaderAccess access, int window)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var visible = db.Meetings.VisibleTo(access);
        var texts = db.Speeches.AsNoTracking()
            .Where(s => s.Themes.Any(t => scope.Contains(t.Id)) && visible.Any(m => m.Id == s.MeetingId))
            .SelectMany(s => s.Texts, (s, t) => new { s.Meeting.StartDate.Year, t.Language, t.Title, t.Summary, t.BodyMarkdown })
            .AsAsyncEnumerable();
        var count = new WordingCount(cutter, window);
        await Parallel.ForEachAsync(texts, (text, _) =>
        {
            var plain = string.Join('\n', text.Title, text.Summary ?? "", markdown.ToPlainText(text.BodyMarkdown));
            count.Add(new WordingText(text.Year, text.Language, plain));
            return ValueTask.CompletedTask;
        });
        return count.Result();
    }
}
