using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.People;

[Collection(DatabaseTestGroup.Name)]
public sealed class PersonPageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Shows_every_appearance_with_the_position_held_at_that_meeting()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var person = ArchiveBuilder.Person("Wang Fang", "王芳");
        var earlier = ArchiveBuilder.Meeting("Earlier seminar", new DateOnly(2018, 3, 3));
        earlier.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Person = person, Position = Bilingual.Of("Deputy Director") });
        var later = ArchiveBuilder.Meeting("Later seminar", new DateOnly(2023, 3, 3));
        later.Participations.Add(new Participation { Role = ParticipantRole.Presiding, Person = person, Position = Bilingual.Of("Director") });
        db.Meetings.AddRange(earlier, later);
        await db.SaveWithRevisionsAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/people/{person.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("王芳", page.Text, StringComparison.Ordinal);
        var text = page.Text;
        Assert.True(text.IndexOf("Later seminar", StringComparison.Ordinal) < text.IndexOf("Earlier seminar", StringComparison.Ordinal), "newest first");
        Assert.Contains("Deputy Director", text, StringComparison.Ordinal);
        Assert.Contains("— Director", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_persons_speeches_linking_to_their_anchors()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/people/dou-xiankang");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Links, href => href.StartsWith("/meetings/2024-11-16-party-group-strategy-seminar#speech-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appearances_at_staff_only_seminars_are_hidden_from_anonymous_readers()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var person = ArchiveBuilder.Person("Li Ming");
        var secret = ArchiveBuilder.Meeting("Closed seminar", new DateOnly(2021, 1, 1), visibility: Visibility.StaffOnly);
        secret.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Person = person });
        await secret.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/people/{person.Slug}");

        Assert.DoesNotContain("Closed seminar", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_person_slug_returns_404()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/people/nobody-at-all");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
