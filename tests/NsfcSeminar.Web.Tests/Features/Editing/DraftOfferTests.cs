using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class DraftOfferTests : EditorComponentTest
{
    private static readonly DateTimeOffset KeptAt = new(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void An_offered_draft_shows_each_changed_field_with_the_saved_value_beside_the_draft()
    {
        var changes = DraftChange.From(ConflictField.Between(
            [new("Title", "Seminar on basic research"), new("Place", "Beijing"), new("Summary", null)],
            [new("Title", "Seminar on applied research"), new("Place", "Beijing"), new("Summary", "Five speeches on funding")]));

        var offer = Render<DraftOffer>(p => p.Add(c => c.SavedAt, KeptAt).Add(c => c.Changes, changes));

        var rows = offer.FindAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToArray()).ToArray();
        Assert.Equal(
            [["Title", "Seminar on basic research", "Seminar on applied research"], ["Summary", "(empty)", "Five speeches on funding"]],
            rows);
    }

    [Fact]
    public void A_change_deep_in_a_long_text_is_shown_around_it_shortened()
    {
        var opening = string.Concat(Enumerable.Repeat("The foundation funds basic research. ", 40));
        var closing = string.Concat(Enumerable.Repeat(" Reviewers are chosen with care.", 40));

        var change = Assert.Single(DraftChange.From(ConflictField.Between(
            [new("Text of the speech", opening + "Peer review is open." + closing)],
            [new("Text of the speech", opening + "Peer review is double-blind." + closing)])));

        Assert.StartsWith("…", change.Stored, StringComparison.Ordinal);
        Assert.EndsWith("…", change.Draft, StringComparison.Ordinal);
        Assert.Contains("Peer review is open.", change.Stored, StringComparison.Ordinal);
        Assert.Contains("Peer review is double-blind.", change.Draft, StringComparison.Ordinal);
        Assert.True(change.Draft.Length <= DraftChange.Length + 2, change.Draft);
    }

    [Fact]
    public void A_draft_that_changed_nothing_visible_shows_no_table()
    {
        var offer = Render<DraftOffer>(p => p.Add(c => c.SavedAt, KeptAt));

        Assert.Empty(offer.FindAll("table"));
        Assert.Equal("Restore my unsaved changes", offer.Find("button").TextContent);
    }

    [Fact]
    public void The_Chinese_workspace_names_the_columns_in_Chinese()
    {
        UseCulture("zh-Hans");
        var changes = DraftChange.From(ConflictField.Between([new("标题", "加强基础研究")], [new("标题", "")]));

        var offer = Render<DraftOffer>(p => p.Add(c => c.SavedAt, KeptAt).Add(c => c.Changes, changes));

        Assert.Equal(["字段", "已保存的版本", "您未保存的修改"], offer.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal("（空）", offer.FindAll("tbody td")[1].TextContent);
    }
}
