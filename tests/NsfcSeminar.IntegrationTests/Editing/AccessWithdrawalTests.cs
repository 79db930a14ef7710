using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>Every save re-checks the account saving against the database, so withdrawn access ends
/// at the next save of a page opened long before, and nothing of the refused save is written.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class AccessWithdrawalTests(DatabaseFixture fixture)
{
    public static TheoryData<string> Withdrawals => ["locked", "demoted", "password changed", "deleted"];

    private MeetingEditor Editor => fixture.Portal.Services.GetRequiredService<MeetingEditor>();

    [Theory]
    [MemberData(nameof(Withdrawals))]
    public async Task An_editor_whose_access_was_withdrawn_cannot_save_from_a_page_opened_before(string withdrawal)
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        var stamp = await StampAsync(account);
        Editors.ActAs(account.Id, account.Email, stamp);
        var saved = (await Editor.SaveAsync(NewInput("Withdrawal seminar"), null, default)).Record!;
        var open = (await Editor.LoadAsync(saved.Id!.Value, default))!;

        await WithdrawAsync(account, withdrawal);
        open.Text(Language.Zh).Summary = "撤销权限后输入的摘要";
        var baseline = InputJson.Clone(open);

        await Assert.ThrowsAsync<AccessWithdrawnException>(() => Editor.SaveAsync(open, baseline, default));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.MeetingTexts.AnyAsync(t => t.Summary == "撤销权限后输入的摘要"));
        Assert.Equal(1, await db.Set<Revision>().CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action.StartsWith("meeting.")));
    }

    [Fact]
    public async Task A_page_whose_user_was_signed_out_cannot_save_and_is_never_recorded_as_the_system()
    {
        await fixture.ResetAsync();
        Editors.ActSignedOut();

        await Assert.ThrowsAsync<AccessWithdrawnException>(() => Editor.SaveAsync(NewInput("Signed-out seminar"), null, default));

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Meetings.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.UserName == "system" || e.UserName == null));
    }

    [Fact]
    public async Task A_save_by_an_editor_names_the_account_in_its_revision_and_audit_line()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        Editors.ActAs(account.Id, account.Email, await StampAsync(account));

        await Editor.SaveAsync(NewInput("Named seminar"), null, default);

        await using var db = fixture.CreateDbContext();
        var revision = await db.Set<Revision>().SingleAsync();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal((account.Id, account.Email), (revision.AuthorId, revision.AuthorName));
        Assert.Equal((account.Id, account.Email), (audit.UserId, audit.UserName));
    }

    private async Task<string> StampAsync(TestAccount account)
    {
        await using var db = fixture.CreateDbContext();
        return (await db.Users.SingleAsync(u => u.Id == account.Id)).SecurityStamp!;
    }

    private async Task WithdrawAsync(TestAccount account, string withdrawal)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>();
        var user = (await users.FindByIdAsync(account.Id))!;
        var result = withdrawal switch
        {
            "locked" => await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
            "demoted" => await users.RemoveFromRoleAsync(user, SeminarRoles.Editor),
            "password changed" => await users.ChangePasswordAsync(user, account.Password, "a brand new passphrase 42"),
            _ => await users.DeleteAsync(user),
        };
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static MeetingInput NewInput(string title)
    {
        var input = new MeetingInput { Slug = ArchiveBuilder.UniqueSlug(Slug.From(title)), StartDate = new DateOnly(2024, 11, 16) };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).Title = title;
        return input;
    }
}
