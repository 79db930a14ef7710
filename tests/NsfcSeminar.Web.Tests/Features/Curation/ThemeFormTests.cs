using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.Web.Tests.Features.Curation;

public sealed class ThemeFormTests : PortalComponentTest
{
    public ThemeFormTests() => Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

    [Fact]
    public void A_missing_name_is_shown_beside_its_field_and_nothing_typed_is_cleared_or_saved()
    {
        var saves = 0;
        var input = new ThemeInput { NameEn = "Talent support", DescriptionEn = "Long description being typed." };
        var form = Render<ThemeForm>(p => p
            .Add(c => c.Model, input)
            .Add(c => c.Save, _ => { saves++; return Task.FromResult(SaveResult.Stored("talent-support")); }));

        form.Find("form").Submit();

        Assert.Equal(0, saves);
        var field = form.Find("#theme-name-zh").ParentElement!;
        Assert.Equal("Give the theme a Chinese name.", field.QuerySelector(".validation-message")!.TextContent);
        Assert.Equal("Talent support", form.Find("#theme-name-en").GetAttribute("value"));
        Assert.Equal("Long description being typed.", form.Find("#theme-description-en").GetAttribute("value") ?? form.Find("#theme-description-en").TextContent);
    }

    [Fact]
    public void A_slug_that_is_not_a_slug_is_refused_before_saving()
    {
        var form = Render<ThemeForm>(p => p
            .Add(c => c.Model, new ThemeInput { NameEn = "Talent", NameZh = "人才", Slug = "Talent Support!" })
            .Add(c => c.Save, _ => throw new InvalidOperationException("must not save")));

        form.Find("form").Submit();

        Assert.Contains("lower-case letters", form.Find("#theme-slug").ParentElement!.QuerySelector(".validation-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_servers_refusal_sits_beside_its_field_and_a_conflict_above_the_form()
    {
        var answers = new Queue<SaveResult<string>>([
            SaveResult.Refused<string>(new FieldProblem(null, nameof(ThemeInput.Slug), "Another theme already has this slug.")),
            SaveResult.Conflict<string>(null, FieldProblem.Overall("Someone else saved this record while you were editing it.")),
        ]);
        var form = Render<ThemeForm>(p => p
            .Add(c => c.Model, new ThemeInput { NameEn = "Talent", NameZh = "人才", Slug = "talent" })
            .Add(c => c.Save, _ => Task.FromResult(answers.Dequeue())));

        form.Find("form").Submit();
        Assert.Equal("Another theme already has this slug.", form.Find("#theme-slug").ParentElement!.QuerySelector(".validation-message")!.TextContent);

        form.Find("form").Submit();
        Assert.Equal("Someone else saved this record while you were editing it.", form.Find("[role=alert]").TextContent);
        Assert.Equal("talent", form.Find("#theme-slug").GetAttribute("value"));
    }

    [Fact]
    public void A_save_while_the_database_is_away_says_so_above_the_form_and_keeps_what_was_typed()
    {
        var form = Render<ThemeForm>(p => p
            .Add(c => c.Model, new ThemeInput { NameEn = "Talent", NameZh = "人才", Slug = "talent" })
            .Add(c => c.Save, async _ =>
            {
                // A database nobody answers at: the connection is refused, as when the server is down.
                await using var connection = new Npgsql.NpgsqlConnection("Host=127.0.0.1;Port=1;Timeout=3;Pooling=false");
                await connection.OpenAsync();
                throw new InvalidOperationException("A database answered on port 1.");
            }));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.StartsWith("The archive's database cannot be reached just now.", form.Find("[role=alert]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Talent", form.Find("#theme-name-en").GetAttribute("value"));
        Assert.Equal("talent", form.Find("#theme-slug").GetAttribute("value"));
    }

    [Fact]
    public void A_theme_cannot_be_offered_itself_or_its_sub_themes_as_parent()
    {
        IReadOnlyList<ThemeRow> themes =
        [
            new ThemeRow(1, 1, "basic-research", Data.Model.Bilingual.Of("Basic research", "基础研究"), new(), null, 0, 0),
            new ThemeRow(2, 1, "free-exploration", Data.Model.Bilingual.Of("Free exploration", "自由探索"), new(), 1, 0, 0),
            new ThemeRow(3, 1, "talent", Data.Model.Bilingual.Of("Talent", "人才"), new(), null, 0, 0),
        ];

        var form = Render<ThemeForm>(p => p
            .Add(c => c.Model, new ThemeInput { Id = 1, NameEn = "Basic research", NameZh = "基础研究" })
            .Add(c => c.Themes, themes)
            .Add(c => c.Save, _ => Task.FromResult(SaveResult.Stored("basic-research"))));

        var offered = form.FindAll("#theme-parent option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "3"], offered);
    }
}
