using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Tests.Features.Saving;

/// <summary>The one result every save answers with: what it says of each outcome, and that only
/// a stored save counts as stored.</summary>
public sealed class SaveResultTests
{
    [Fact]
    public void Each_outcome_tells_the_editor_what_came_of_the_save_and_a_refusal_leaves_it_to_its_fields()
    {
        var L = Localizer();

        Assert.Equal("Saved.", SaveNotice.For(SaveStatus.Stored, L));
        Assert.StartsWith("Someone else saved this record while you were editing it.", SaveNotice.For(SaveStatus.Conflict, L), StringComparison.Ordinal);
        Assert.StartsWith("Not saved: what the database stored differed from what is on screen", SaveNotice.For(SaveStatus.NotConfirmed, L), StringComparison.Ordinal);
        Assert.StartsWith("The archive's database cannot be reached just now. Nothing has been lost", SaveNotice.For(SaveStatus.Unavailable, L), StringComparison.Ordinal);
        Assert.Null(SaveNotice.For(SaveStatus.Refused, L));
        Assert.Null(SaveNotice.For(SaveStatus.Gone, L));
    }

    [Fact]
    public void Each_outcome_is_told_in_Chinese_to_a_Chinese_editor()
    {
        var L = Localizer();
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            Assert.Equal("已保存。", SaveNotice.For(SaveStatus.Stored, L));
            Assert.StartsWith("暂时无法连接档案数据库", SaveNotice.For(SaveStatus.Unavailable, L), StringComparison.Ordinal);
            Assert.StartsWith("未保存", SaveNotice.For(SaveStatus.NotConfirmed, L), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Only_a_stored_save_counts_as_stored_and_carries_what_was_stored()
    {
        var stored = SaveResult.Stored("talent-support");
        Assert.True(stored.Stored);
        Assert.Equal("talent-support", stored.Record);
        Assert.Empty(stored.Problems);

        Assert.All(
            [SaveResult.Refused<string>(FieldProblem.Overall("No.")), SaveResult.Conflict<string>(null), SaveResult.Gone<string>(), SaveResult.NotConfirmed<string>(), SaveResult.Unavailable<string>()],
            result => Assert.False(result.Stored));
    }

    [Fact]
    public void A_refusal_keeps_each_message_beside_its_field_and_reads_them_together_in_order()
    {
        var input = new object();
        var refused = SaveResult.Refused<string>(new FieldProblem(input, "Slug", "Another theme already has this slug."), FieldProblem.Overall("Choose two different themes."));

        Assert.Equal(SaveStatus.Refused, refused.Status);
        Assert.Null(refused.Record);
        Assert.Same(input, refused.Problems[0].Model);
        Assert.False(refused.Problems[0].IsOverall);
        Assert.True(refused.Problems[1].IsOverall);
        Assert.Equal("Another theme already has this slug. Choose two different themes.", refused.Messages);
    }

    private static IStringLocalizer<SharedResource> Localizer() =>
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
}
