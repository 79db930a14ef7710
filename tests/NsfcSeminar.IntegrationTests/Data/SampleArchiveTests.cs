using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

[Collection(DatabaseTestGroup.Name)]
public sealed class SampleArchiveTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task First_start_loads_the_seed_seminar_and_a_second_start_adds_nothing()
    {
        await fixture.ResetAsync();

        await SeminarDatabase.InitialiseAsync(fixture.Portal.Services, loadSampleArchive: true);
        int meetingsAfterFirst;
        await using (var db = fixture.CreateDbContext())
        {
            meetingsAfterFirst = await db.Meetings.CountAsync();
        }

        await SeminarDatabase.InitialiseAsync(fixture.Portal.Services, loadSampleArchive: true);

        await using var check = fixture.CreateDbContext();
        Assert.True(meetingsAfterFirst >= 4, $"expected the seed seminar and at least three samples, found {meetingsAfterFirst}");
        Assert.Equal(meetingsAfterFirst, await check.Meetings.CountAsync());
    }

    [Fact]
    public async Task The_seed_seminar_holds_the_facts_of_the_news_release()
    {
        await fixture.ResetWithSampleArchiveAsync();
        await using var db = fixture.CreateDbContext();

        var seminar = await db.Meetings.AsNoTracking()
            .Include(m => m.Texts)
            .Include(m => m.Participations).ThenInclude(p => p.Person)
            .Include(m => m.Speeches).ThenInclude(s => s.SpeakerPerson)
            .Include(m => m.Speeches).ThenInclude(s => s.SpeakerOrganisation)
            .SingleAsync(m => m.StartDate == new DateOnly(2024, 11, 16));

        Assert.False(seminar.IsSample);
        Assert.Equal(MeetingKind.StrategySeminar, seminar.Kind);
        Assert.Equal(MeetingFormat.InPerson, seminar.Format);
        Assert.Equal(2, seminar.SequenceNumber);
        Assert.Equal("北京", seminar.Place.Zh);
        Assert.Equal([Language.Zh, Language.En], seminar.Texts.Select(t => t.Language).Order());
        var presiding = Assert.Single(seminar.Participations, p => p.Role == ParticipantRole.Presiding);
        Assert.Equal("窦贤康", presiding.Person?.Name.Zh);
        Assert.Equal(5, seminar.Speeches.Count);
        Assert.Equal(2, seminar.Speeches.Count(s => s.Kind == SpeechKind.Keynote));
        Assert.Equal(2, seminar.Speeches.Count(s => s.Kind == SpeechKind.Report && s.SpeakerPerson is null));
        Assert.Contains(seminar.Speeches, s => s.Kind == SpeechKind.PresidingSpeech && s.SpeakerPerson?.Name.En == "Dou Xiankang");
        Assert.Contains(seminar.Speeches, s => s.SpeakerPerson?.Name.En == "Liu Zhongfan");
    }

    [Fact]
    public async Task Invented_seminars_are_marked_as_samples()
    {
        await fixture.ResetWithSampleArchiveAsync();
        await using var db = fixture.CreateDbContext();

        var samples = await db.Meetings.AsNoTracking().Include(m => m.Texts).Where(m => m.IsSample).ToListAsync();

        Assert.InRange(samples.Count, 2, 5);
        Assert.All(samples, m => Assert.Contains(m.Texts, t => t.Title.Contains("sample", StringComparison.OrdinalIgnoreCase) || t.Title.Contains("示例", StringComparison.Ordinal)));
    }
}
