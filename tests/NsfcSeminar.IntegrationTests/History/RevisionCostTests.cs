using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NsfcSeminar.IntegrationTests.History;

[Collection(DatabaseTestGroup.Name)]
public sealed class RevisionCostTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Editing_one_speech_costs_the_same_SQL_commands_in_a_meeting_of_two_speeches_and_of_forty()
    {
        await fixture.ResetAsync();
        var forSmall = await EditOneSpeechAsync(2);
        var forLarge = await EditOneSpeechAsync(40);

        Assert.Equal(forSmall, forLarge);
    }

    private async Task<int> EditOneSpeechAsync(int speeches)
    {
        await using (var setup = fixture.CreateDbContext())
        {
            fixture.Portal.SqlCommands.Reset();
            var clock = Stopwatch.StartNew();
            await ArchiveBuilder.Meeting($"Seminar of {speeches}", new DateOnly(2024, 9, speeches % 28 + 1)).WithSpeeches(speeches, ArchiveBuilder.Theme("Cost")).SaveAsync(setup);
            output.WriteLine($"Saving a new meeting with {speeches} speeches and their speakers: {fixture.Portal.SqlCommands.Count} SQL commands, {clock.ElapsedMilliseconds} ms, revisions included");
        }

        await using var db = fixture.CreateDbContext();
        var text = await db.SpeechTexts.Where(t => t.Language == Language.En && t.Title == "Speech 1")
            .OrderByDescending(t => t.SpeechId).FirstAsync();
        text.BodyMarkdown += " Corrected.";
        fixture.Portal.SqlCommands.Reset();
        var edit = Stopwatch.StartNew();
        await db.SaveWithRevisionsAsync();
        var count = fixture.Portal.SqlCommands.Count;
        output.WriteLine($"Editing one speech of {speeches}: {count} SQL commands (the edit, the snapshots of the speech and its meeting, two revisions with their audit lines), {edit.ElapsedMilliseconds} ms");
        return count;
    }
}
