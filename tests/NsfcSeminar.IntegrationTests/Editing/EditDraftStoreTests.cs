using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.IntegrationTests.Editing;

[Collection(DatabaseTestGroup.Name)]
public sealed class EditDraftStoreTests(DatabaseFixture fixture)
{
    private EditDraftStore Drafts => fixture.Portal.Services.GetRequiredService<EditDraftStore>();

    [Fact]
    public async Task Autosave_overwrites_one_draft_per_editor_and_record()
    {
        await fixture.ResetAsync();

        await Drafts.SaveAsync("ann@example.org", "meeting:1", "{\"v\":1}", default);
        await Drafts.SaveAsync("ann@example.org", "meeting:1", "{\"v\":2}", default);
        await Drafts.SaveAsync("bob@example.org", "meeting:1", "{\"v\":3}", default);

        Assert.Equal("{\"v\":2}", (await Drafts.FindAsync("ann@example.org", "meeting:1", default))!.Payload);
        Assert.Equal("{\"v\":3}", (await Drafts.FindAsync("bob@example.org", "meeting:1", default))!.Payload);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, db.EditDrafts.Count());
    }

    [Fact]
    public async Task A_draft_survives_a_restart_of_the_portal_and_is_gone_once_deleted()
    {
        await fixture.ResetAsync();
        var payload = SpeechEditorTests.LongMarkdown(300 * 1024);
        await Drafts.SaveAsync("ann@example.org", "speech:7", payload, default);

        // A second portal over the same database: nothing is kept in memory.
        await using (var restarted = new PortalFactory(fixture.ConnectionString))
        {
            var drafts = restarted.Services.GetRequiredService<EditDraftStore>();
            Assert.Equal(payload, (await drafts.FindAsync("ann@example.org", "speech:7", default))!.Payload);
            await drafts.DeleteAsync("ann@example.org", "speech:7", default);
        }

        Assert.Null(await Drafts.FindAsync("ann@example.org", "speech:7", default));
    }
}
