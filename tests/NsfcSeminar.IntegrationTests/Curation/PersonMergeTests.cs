using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Curation;

namespace NsfcSeminar.IntegrationTests.Curation;

[Collection(DatabaseTestGroup.Name)]
public sealed class PersonMergeTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Merging_a_duplicate_moves_participations_and_speeches_and_redirects_its_page()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var survivor = ArchiveBuilder.Person("Dou Xiankang", "窦贤康");
        var duplicate = ArchiveBuilder.Person("Xiankang Dou");
        var shared = ArchiveBuilder.Meeting("Shared seminar", new DateOnly(2024, 1, 1));
        shared.Participations.Add(new Participation { Role = ParticipantRole.Presiding, Person = survivor, SortOrder = 1, Position = Bilingual.Of("Director") });
        shared.Participations.Add(new Participation { Role = ParticipantRole.Presiding, Person = duplicate, SortOrder = 2 });
        var other = ArchiveBuilder.Meeting("Other seminar", new DateOnly(2024, 2, 2));
        other.Participations.Add(new Participation { Role = ParticipantRole.KeynoteSpeaker, Person = duplicate, SortOrder = 1 });
        other.Speeches.Add(new Speech { Anchor = "keynote", Kind = SpeechKind.Keynote, SpeakerPerson = duplicate, Texts = { new SpeechText { Language = Language.En, Title = "Keynote" } } });
        await shared.SaveAsync(db);
        await other.SaveAsync(db);

        var outcome = await fixture.Service<PersonCommands>().MergeAsync(duplicate.Id, survivor.Id, default);

        Assert.True(outcome.Stored);
        await using var check = fixture.CreateDbContext();
        Assert.False(await check.People.AnyAsync(p => p.Id == duplicate.Id));
        Assert.Equal(1, await check.Participations.CountAsync(p => p.MeetingId == shared.Id));
        Assert.Equal(survivor.Id, (await check.Participations.SingleAsync(p => p.MeetingId == other.Id)).PersonId);
        Assert.Equal(survivor.Id, (await check.Speeches.SingleAsync(s => s.MeetingId == other.Id)).SpeakerPersonId);

        using var client = fixture.Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync($"/en/people/{duplicate.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/en/people/{survivor.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_organisation_cannot_be_placed_under_one_of_its_own_units()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var foundation = ArchiveBuilder.Organisation("Foundation", "基金委");
        var bureau = await ArchiveBuilder.Organisation("Planning Bureau", "计划局", foundation).SaveAsync(db);

        var outcome = await fixture.Service<OrganisationCommands>().SaveAsync(new OrganisationInput
        {
            Id = foundation.Id, Version = foundation.Version, Slug = foundation.Slug, NameEn = "Foundation", NameZh = "基金委", ParentId = bureau.Id,
        }, default);

        Assert.False(outcome.Stored);
        Assert.Contains(outcome.Problems, p => p.Field == nameof(OrganisationInput.ParentId));
    }
}
