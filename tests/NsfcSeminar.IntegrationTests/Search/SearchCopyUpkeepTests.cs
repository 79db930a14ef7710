using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Every instance's copy follows what is committed, by any path, without a search
/// asking it to, including a rename of anyone a meeting names and a change to an archived
/// copy's text; and while a copy is first built, search says so while the rest of the portal
/// serves.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchCopyUpkeepTests(DatabaseFixture fixture)
{
    /// <summary>The freshness the copy promises: a committed change is searchable on every
    /// instance within a second.</summary>
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    /// <summary>Only bounds a failing test: a first build of the test archive takes a moment.</summary>
    private static readonly TimeSpan BuiltWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_speech_changed_by_plain_SQL_is_found_within_a_second_by_a_second_portal_instance_without_a_search_asking()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await new SearchArchive().SaveAsync(db);
        }

        await using var second = new PortalFactory(fixture.ConnectionString);
        using var client = second.CreateClient();
        var copies = new[] { fixture.Portal, second }.Select(p => p.Services.GetRequiredService<SearchCopy>()).ToList();
        Assert.True(await UntilAsync(() => copies.All(c => c.IsReady && c.Listening && Wombats(c) == 0), BuiltWithin));
        using var catchUps = new CatchUpsHeard(second.Services.GetRequiredService<IMeterFactory>());

        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand(
                "UPDATE speech_texts SET body_markdown = body_markdown || ' A wombat was seen.' WHERE speech_id = (SELECT id FROM speeches WHERE anchor = 'reform-keynote') AND language = 'en'",
                connection);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        // Looked for in the copies themselves: a search would wait for the change, and hide
        // whether the background catch-up found it by itself.
        var found = await UntilAsync(() => copies.All(c => Wombats(c) == 1), Fresh);

        Assert.True(found, $"Within {Fresh.TotalSeconds} s, the copies held {string.Join(" and ", copies.Select(Wombats))} changed speeches.");
        Assert.All(copies, c => Assert.NotNull(c.Freshness.LastLag));
        // The copy is searched as soon as it is published; the catch-up is counted just after.
        Assert.True(await UntilAsync(() => !catchUps.Triggers.IsEmpty, Fresh));
        Assert.Contains("notification", catchUps.Triggers);
        Assert.Contains("\"total\":1", await client.GetStringAsync("/api/speeches?q=wombat"), StringComparison.Ordinal);
        Assert.Contains("\"lastLagMilliseconds\"", await client.GetStringAsync("/health/ready"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_copy_is_first_built_the_portal_is_not_ready_search_says_how_far_it_is_and_everything_else_serves()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using (var db = fixture.CreateDbContext())
        {
            await archive.SaveAsync(db);
        }

        // The build reads the archived copies' text: while another transaction holds them
        // locked, the build is under way and cannot finish (nor can pages that list a meeting's
        // sources, so the pages looked at below are others).
        await using var locker = new NpgsqlConnection(fixture.ConnectionString);
        await locker.OpenAsync();
        var holding = await locker.BeginTransactionAsync();
        await using (var lockCopies = new NpgsqlCommand("LOCK TABLE archived_copies IN ACCESS EXCLUSIVE MODE", locker, holding))
        {
            await lockCopies.ExecuteNonQueryAsync();
        }

        await using var building = new PortalFactory(fixture.ConnectionString, settings: new Dictionary<string, string> { ["Seminar:SearchCopyWaitUpTo"] = "0" });
        using var client = building.CreateClient();
        var copy = building.Services.GetRequiredService<SearchCopy>();
        Assert.True(await UntilAsync(() => copy.Progress is { Building: true, Total: > 0 }, BuiltWithin));

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        var english = (await HtmlPage.GetAsync(client, "/en/search?q=reform")).Text;
        var chinese = (await HtmlPage.GetAsync(client, "/zh/search?q=reform")).Text;
        using var home = await client.GetAsync("/en/");
        using var person = await client.GetAsync($"/en/people/{archive.Dou.Slug}");

        Assert.False(copy.IsReady);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("The search copy is being built", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Search is being prepared.", english, StringComparison.Ordinal);
        Assert.Contains($"0 % — 0 of {copy.Progress.Total} speeches and records so far.", english, StringComparison.Ordinal);
        Assert.Contains("检索正在准备中。", chinese, StringComparison.Ordinal);
        Assert.Contains($"已完成 0%：共 {copy.Progress.Total} 篇讲话和记录", chinese, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        foreach (var machine in new[] { "/api/speeches?q=reform", "/search/export.csv?q=reform", "/feeds/search?q=reform", "/search/cite.ris?q=reform" })
        {
            using var answer = await client.GetAsync(machine);
            Assert.True(answer.StatusCode == HttpStatusCode.ServiceUnavailable, $"{machine} answered {answer.StatusCode}");
            Assert.NotNull(answer.Headers.RetryAfter);
            Assert.Contains("Search is being prepared", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await holding.RollbackAsync();
        Assert.True(await UntilAsync(() => copy.IsReady, BuiltWithin));
        using var readyNow = await client.GetAsync("/health/ready");
        var found = (await HtmlPage.GetAsync(client, "/en/search?q=reform")).Text;

        Assert.Equal(HttpStatusCode.OK, readyNow.StatusCode);
        Assert.DoesNotContain("Search is being prepared.", found, StringComparison.Ordinal);
        Assert.Contains("Strategy seminar 2021", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_participant_who_did_not_speak_or_changing_an_archived_copy_is_searchable_within_a_second()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        var source = new Source { SortOrder = 1, Title = Bilingual.Of("Release") };
        source.Copies.Add(new ArchivedCopy { FileName = "release.txt", ContentType = "text/plain", Sha256 = new string('0', 64), ExtractedText = "The release." });
        archive.Seminar2023.Sources.Add(source);
        var group = new AttendeeGroup { Slug = ArchiveBuilder.UniqueSlug("panel"), Name = Bilingual.Of("Expert panel") };
        archive.Seminar2023.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Person = ArchiveBuilder.Person("Zhou Listener") });
        archive.Seminar2023.Participations.Add(new Participation { Role = ParticipantRole.Guest, Organisation = ArchiveBuilder.Organisation("Audit Office"), SortOrder = 1 });
        archive.Seminar2023.Participations.Add(new Participation { Role = ParticipantRole.InvitedScientist, Group = group, SortOrder = 2 });
        await using (var db = fixture.CreateDbContext())
        {
            await archive.SaveAsync(db);
        }

        var copy = fixture.Portal.Services.GetRequiredService<SearchCopy>();
        Assert.True(await UntilAsync(() => copy.IsReady && copy.Listening && Found(copy, "zhou") == 1, BuiltWithin));

        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand("""
                UPDATE people SET name_en = 'Numbat Listener' WHERE name_en = 'Zhou Listener';
                UPDATE organisations SET name_en = 'Quoll Office' WHERE name_en = 'Audit Office';
                UPDATE attendee_groups SET name_en = 'Dugong panel' WHERE name_en = 'Expert panel';
                UPDATE archived_copies SET extracted_text = 'The release, with a kakapo.';
                """, connection);
            await rename.ExecuteNonQueryAsync();
        }

        string[] words = ["numbat", "quoll", "dugong", "kakapo"];
        var found = await UntilAsync(() => words.All(w => Found(copy, w) == 1), Fresh);

        Assert.True(found, "Within a second the copy found: " + string.Join(", ", words.Select(w => $"{w} {Found(copy, w)}")));
        Assert.Equal(0, Found(copy, "zhou"));
        Assert.Equal(0, Found(copy, "audit"));
    }

    /// <summary>Whether <paramref name="holds"/> came true within <paramref name="bound"/>, looked at every 20 ms.</summary>
    private static async Task<bool> UntilAsync(Func<bool> holds, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!holds())
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>What woke each catch-up of one portal's copy, as its metrics say.</summary>
    private sealed class CatchUpsHeard : IDisposable
    {
        private readonly MeterListener _listener = new();

        public CatchUpsHeard(IMeterFactory portal)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == portal && instrument.Name == "seminar.search.catch_ups")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    Triggers.Add((string)tag.Value!);
                }
            });
            _listener.Start();
        }

        public System.Collections.Concurrent.ConcurrentBag<string> Triggers { get; } = [];

        public void Dispose() => _listener.Dispose();
    }

    private static int Wombats(SearchCopy copy) => Found(copy, "wombat");

    /// <summary>How many documents of the copy hold <paramref name="word"/> (as the analyser keeps it).</summary>
    private static int Found(SearchCopy copy, string word) =>
        copy.Read(searcher => searcher.Search(new TermQuery(new Term(CopyFields.Text, word)), 1).TotalHits);
}
