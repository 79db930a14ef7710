using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>What <c>search_refresh</c> writes for each speech and meeting, whether it builds
/// every meeting at once (an import's hand-off) or one (an editor's save): the languages it has
/// texts in and its themes with their ancestors, empty where it has none (issue 14).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchRefreshTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Each_document_holds_its_own_languages_and_themes_with_their_ancestors_built_together_or_alone()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var research = new ReformTheme { Slug = "basic-research", Name = Bilingual.Of("Basic research") };
        var talent = new ReformTheme { Slug = "talent", Name = Bilingual.Of("Talent"), Parent = research };
        var person = new Person { Slug = "a-speaker", Name = Bilingual.Of("A speaker") };
        db.AddRange(research, talent, person);
        await db.SaveWithRevisionsAsync();
        db.ChangeTracker.Clear();
        var themed = Meeting("2025-03-01-themed", person.Id, talent);
        var plain = Meeting("2025-03-02-plain", person.Id, theme: null);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await SearchHandOff.QuietlyAsync(db, () => GraphCopy.CopyAsync(db, [themed, plain], CancellationToken.None), CancellationToken.None);
            await transaction.CommitAsync();
        }

        string[] expected =
        [
            $"2025-03-01-themed  {{en,zh}} {{{research.Id},{talent.Id}}}",
            $"2025-03-01-themed bilingual {{en,zh}} {{{research.Id},{talent.Id}}}",
            "2025-03-01-themed untitled {} {}",
            "2025-03-02-plain  {en,zh} {}",
            "2025-03-02-plain bilingual {en,zh} {}",
            "2025-03-02-plain untitled {} {}",
        ];
        await db.Database.ExecuteSqlRawAsync("SELECT search_rebuild()");
        Assert.Equal(expected, await DocumentsAsync(db));
        await db.Database.ExecuteSqlAsync($"SELECT search_refresh({new[] { themed.Id, plain.Id }})");
        Assert.Equal(expected, await DocumentsAsync(db));
        await db.Database.ExecuteSqlAsync($"SELECT search_refresh({new[] { themed.Id }})");
        Assert.Equal(expected, await DocumentsAsync(db));
    }

    /// <summary>Two speeches, one with texts in both languages and the theme, one with neither;
    /// the meeting itself in both languages, with the theme.</summary>
    private static Meeting Meeting(string slug, int personId, ReformTheme? theme)
    {
        var meeting = new Meeting
        {
            Slug = slug,
            StartDate = DateOnly.ParseExact(slug[..10], "yyyy-MM-dd", null),
            Status = PublicationStatus.Published,
            Visibility = Visibility.Public,
        };
        meeting.Texts.Add(new MeetingText { Language = Language.En, Title = "A seminar" });
        meeting.Texts.Add(new MeetingText { Language = Language.Zh, Title = "研讨会" });
        var bilingual = new Speech { Anchor = "bilingual", SpeakerPersonId = personId, SortOrder = 1 };
        bilingual.Texts.Add(new SpeechText { Language = Language.En, Title = "Opening" });
        bilingual.Texts.Add(new SpeechText { Language = Language.Zh, Title = "开幕" });
        meeting.Speeches.Add(bilingual);
        meeting.Speeches.Add(new Speech { Anchor = "untitled", SpeakerPersonId = personId, SortOrder = 2 });
        if (theme is not null)
        {
            meeting.Themes.Add(theme);
            bilingual.Themes.Add(theme);
        }

        return meeting;
    }

    /// <summary>"slug anchor languages themes", the meeting's own document with no anchor.</summary>
    private static async Task<string[]> DocumentsAsync(SeminarDbContext db) =>
        await db.Database.SqlQueryRaw<string>("""
            SELECT meeting_slug || ' ' || coalesce(anchor, '') || ' ' || languages::text || ' ' || theme_ids::text AS "Value"
            FROM search_documents ORDER BY meeting_slug, anchor NULLS FIRST
            """).ToArrayAsync();
}
