using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Benchmarks;

/// <summary>What the database holds of a seminar an action-count benchmark entered, read back so
/// that a count for a seminar not stored whole is not kept.</summary>
internal sealed record StoredSeminar(string Slug, string Status, DateOnly StartDate, DateOnly? EndDate, MeetingFormat? Format, int Participants, int Speeches, int SpeechesWithBothBodies, int SpeechesWithWords, int Themes, int Sources)
{
    public static async Task<StoredSeminar> ReadAsync(string connectionString, string slug)
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        return await db.Meetings.AsNoTracking().Where(m => m.Slug == slug).Select(m => new StoredSeminar(
            slug,
            m.Status.ToString().ToLowerInvariant(),
            m.StartDate,
            m.EndDate,
            m.Format,
            m.Participations.Count,
            m.Speeches.Count,
            m.Speeches.Count(s => s.Texts.Count(t => t.BodyMarkdown != "") == 2),
            m.Speeches.Count(s => s.Texts.Any(t => t.BodyMarkdown != "" || t.Summary != null)),
            m.Themes.Count,
            m.Sources.Count)).SingleAsync();
    }
}
