using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.IntegrationTests.Editing;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingEditorTests(DatabaseFixture fixture)
{
    private MeetingEditor Editor => fixture.Portal.Services.GetRequiredService<MeetingEditor>();

    [Fact]
    public async Task A_new_seminar_is_saved_with_every_field_and_read_back_the_same()
    {
        await fixture.ResetAsync();
        var (person, organisation, theme, document) = await PicksAsync();
        var input = NewInput("Every field");
        input.Kind = MeetingKind.StrategySeminar;
        input.EndDate = input.StartDate!.Value.AddDays(1);
        input.Place = new BilingualInput { En = "Beijing", Zh = "北京" };
        input.Format = MeetingFormat.Hybrid;
        input.OrganiserId = organisation.Id;
        input.Text(Language.En).Present = true;
        input.Text(Language.En).Title = "Every field";
        input.Text(Language.En).MinutesMarkdown = "The meeting **agreed**.";
        input.Text(Language.En).Provenance = TextProvenance.Translation;
        input.Text(Language.En).TranslatedBy = "The portal's editors";
        input.Participants.Add(new ParticipantInput { Role = ParticipantRole.Presiding, PersonId = person.Id, Position = new BilingualInput { En = "Director", Zh = "主任" } });
        input.Participants.Add(new ParticipantInput { Role = ParticipantRole.Reporter, OrganisationId = organisation.Id });
        input.ThemeIds.Add(theme.Id);
        input.CitedDocumentIds.Add(document.Id);

        var result = await Editor.SaveAsync(input, null, default);

        Assert.Equal(SaveStatus.Stored, result.Status);
        var saved = result.Record!;
        Assert.NotNull(saved.Id);
        Assert.Equal(Normalised(input, saved), InputJson.Content(saved));
        Assert.Equal([person.Id, null], saved.Participants.Select(p => p.PersonId));
        Assert.Equal("主任", saved.Participants[0].Position.Zh);
        Assert.Equal("The portal's editors", saved.Text(Language.En).TranslatedBy);
    }

    [Fact]
    public async Task The_second_editors_save_is_refused_and_the_first_editors_text_kept()
    {
        await fixture.ResetAsync();
        var saved = (await Editor.SaveAsync(NewInput("Concurrency"), null, default)).Record!;
        var first = (await Editor.LoadAsync(saved.Id!.Value, default))!;
        var second = (await Editor.LoadAsync(saved.Id!.Value, default))!;
        var baseline = InputJson.Clone(second);

        first.Text(Language.Zh).Summary = "第一位编辑的摘要";
        Assert.Equal(SaveStatus.Stored, (await Editor.SaveAsync(first, InputJson.Clone(first), default)).Status);
        second.Text(Language.Zh).Summary = "第二位编辑的摘要";
        var refused = await Editor.SaveAsync(second, baseline, default);

        Assert.Equal(SaveStatus.Conflict, refused.Status);
        Assert.Equal("第一位编辑的摘要", refused.Record!.Text(Language.Zh).Summary);
        Assert.Equal("第二位编辑的摘要", second.Text(Language.Zh).Summary);
        Assert.Equal("第一位编辑的摘要", (await Editor.LoadAsync(saved.Id.Value, default))!.Text(Language.Zh).Summary);
    }

    [Fact]
    public async Task A_change_to_a_language_version_alone_still_passes_the_concurrency_check()
    {
        await fixture.ResetAsync();
        var saved = (await Editor.SaveAsync(NewInput("Texts only"), null, default)).Record!;
        var stale = (await Editor.LoadAsync(saved.Id!.Value, default))!;

        saved.Text(Language.Zh).MinutesMarkdown = "会议纪要。";
        Assert.Equal(SaveStatus.Stored, (await Editor.SaveAsync(saved, null, default)).Status);
        stale.Text(Language.Zh).MinutesMarkdown = "另一份纪要。";

        Assert.Equal(SaveStatus.Conflict, (await Editor.SaveAsync(stale, null, default)).Status);
    }

    [Fact]
    public async Task Overwriting_after_a_conflict_saves_with_the_other_editors_token()
    {
        await fixture.ResetAsync();
        var saved = (await Editor.SaveAsync(NewInput("Overwrite"), null, default)).Record!;
        var stale = (await Editor.LoadAsync(saved.Id!.Value, default))!;
        saved.Text(Language.Zh).Title = "他们的标题";
        await Editor.SaveAsync(saved, null, default);
        stale.Text(Language.Zh).Title = "我的标题";
        var theirs = (await Editor.SaveAsync(stale, null, default)).Record!;

        stale.Version = theirs.Version;
        var result = await Editor.SaveAsync(stale, theirs, default);

        Assert.Equal(SaveStatus.Stored, result.Status);
        Assert.Equal("我的标题", result.Record!.Text(Language.Zh).Title);
    }

    [Fact]
    public async Task A_slug_already_taken_is_refused_beside_the_slug()
    {
        await fixture.ResetAsync();
        var first = (await Editor.SaveAsync(NewInput("Taken"), null, default)).Record!;
        var second = NewInput("Other");
        second.Slug = first.Slug;

        var result = await Editor.SaveAsync(second, null, default);

        Assert.Equal(SaveStatus.Refused, result.Status);
        var problem = Assert.Single(result.Problems);
        Assert.Same(second, problem.Model);
        Assert.Equal(nameof(MeetingInput.Slug), problem.Field);
    }

    [Fact]
    public async Task Publish_unpublish_staff_only_archive_and_restore_decide_what_anonymous_readers_see()
    {
        await fixture.ResetAsync();
        var input = (await Editor.SaveAsync(NewInput("Lifecycle"), null, default)).Record!;
        using var client = fixture.Portal.CreateClient();
        async Task<HttpStatusCode> ReaderSees() => (await client.GetAsync($"/en/meetings/{input.Slug}")).StatusCode;

        Assert.Equal(HttpStatusCode.NotFound, await ReaderSees());

        input = await SaveWith(input, PublicationStatus.Published, Visibility.Public);
        Assert.Equal(HttpStatusCode.OK, await ReaderSees());
        await using (var db = fixture.CreateDbContext())
        {
            Assert.NotNull((await db.Meetings.SingleAsync(m => m.Id == input.Id)).PublishedAt);
        }

        input = await SaveWith(input, PublicationStatus.Published, Visibility.StaffOnly);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderSees());

        input = await SaveWith(input, PublicationStatus.Published, Visibility.Public);
        input = await SaveWith(input, PublicationStatus.Draft, Visibility.Public);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderSees());

        input = await SaveWith(input, PublicationStatus.Published, Visibility.Public);
        input = await SaveWith(input, PublicationStatus.Archived, Visibility.Public);
        Assert.Equal(HttpStatusCode.NotFound, await ReaderSees());
        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.Meetings.AnyAsync(m => m.Id == input.Id), "Archiving keeps the record.");
        }

        input = await SaveWith(input, PublicationStatus.Draft, Visibility.Public);
        input = await SaveWith(input, PublicationStatus.Published, Visibility.Public);
        Assert.Equal(HttpStatusCode.OK, await ReaderSees());
    }

    private async Task<MeetingInput> SaveWith(MeetingInput input, PublicationStatus status, Visibility visibility)
    {
        input.Status = status;
        input.Visibility = visibility;
        var result = await Editor.SaveAsync(input, null, default);
        Assert.Equal(SaveStatus.Stored, result.Status);
        return result.Record!;
    }

    private static MeetingInput NewInput(string title)
    {
        var input = new MeetingInput { Slug = ArchiveBuilder.UniqueSlug(Slug.From(title)), StartDate = new DateOnly(2024, 11, 16) };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).Title = title;
        return input;
    }

    /// <summary>What the saved record must read back as: the input with the ids the database gave.</summary>
    private static string Normalised(MeetingInput input, MeetingInput saved)
    {
        var copy = InputJson.Clone(input);
        copy.Id = saved.Id;
        for (var i = 0; i < copy.Participants.Count; i++)
        {
            copy.Participants[i].Id = saved.Participants[i].Id;
        }

        return InputJson.Content(copy);
    }

    private async Task<(Person, Organisation, ReformTheme, CitedDocument)> PicksAsync()
    {
        await using var db = fixture.CreateDbContext();
        var person = await ArchiveBuilder.Person("Dou Xiankang", "窦贤康").SaveAsync(db);
        var organisation = await ArchiveBuilder.Organisation("Planning and Policy Bureau").SaveAsync(db);
        var theme = await ArchiveBuilder.Theme("Basic research").SaveAsync(db);
        var document = await new CitedDocument { Slug = ArchiveBuilder.UniqueSlug("report"), Title = Bilingual.Of("A report") }.SaveAsync(db);
        return (person, organisation, theme, document);
    }
}
