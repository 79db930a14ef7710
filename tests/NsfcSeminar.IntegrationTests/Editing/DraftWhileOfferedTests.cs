using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>Typing while an earlier draft is offered back is kept beside it, never paused: the
/// newer is offered after a reload, and saving or discarding forgets both.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class DraftWhileOfferedTests(DatabaseFixture fixture)
{
    private EditDraftStore Drafts => fixture.Portal.Services.GetRequiredService<EditDraftStore>();

    [Fact]
    public async Task Typing_kept_while_an_offer_waits_is_what_a_reload_offers_and_the_earlier_draft_is_kept_too()
    {
        await fixture.ResetAsync();
        var key = DraftKeys.Meeting(41);
        await Drafts.SaveAsync("editor@example.org", key, "{\"earlier\":true}", default);
        await Task.Delay(20);

        await Drafts.SaveAsync("editor@example.org", DraftKeys.WhileOffered(key), "{\"typed-while-offered\":true}", default);

        Assert.Equal("{\"typed-while-offered\":true}", (await Drafts.FindAsync("editor@example.org", key, default))!.Payload);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, db.EditDrafts.Count(d => d.Editor == "editor@example.org"));
    }

    [Fact]
    public async Task Saving_or_discarding_forgets_the_draft_and_what_was_typed_beside_it()
    {
        await fixture.ResetAsync();
        var key = DraftKeys.Speech(7);
        await Drafts.SaveAsync("editor@example.org", key, "{}", default);
        await Drafts.SaveAsync("editor@example.org", DraftKeys.WhileOffered(key), "{}", default);

        await Drafts.DeleteAsync("editor@example.org", key, default);

        Assert.Null(await Drafts.FindAsync("editor@example.org", key, default));
    }
}
