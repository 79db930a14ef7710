using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Translations;

namespace NsfcSeminar.IntegrationTests.Translations;

[Collection(DatabaseTestGroup.Name)]
public sealed class MissingTranslationsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Lists_per_language_the_texts_and_names_that_lack_a_version_in_it()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("English-only seminar", new DateOnly(2024, 8, 8)).WithSpeeches(1, ArchiveBuilder.Theme("Bilingual theme", "双语主题"));
        meeting.Speeches[0].Texts.RemoveAll(t => t.Language == Language.En);
        await meeting.SaveAsync(db);
        await ArchiveBuilder.Person("Only English").SaveAsync(db);
        await ArchiveBuilder.Organisation("Bureau", "局").SaveAsync(db);

        var missing = await fixture.Service<MissingTranslationsQuery>().ListAsync(default);

        Assert.Contains(missing, m => m.Kind == MissingKind.Meeting && m.Missing == Language.Zh && m.Name == "English-only seminar" && m.EditHref == $"edit/meetings/{meeting.Slug}");
        Assert.Contains(missing, m => m.Kind == MissingKind.Speech && m.Missing == Language.En && m.Name == "讲话1");
        Assert.Contains(missing, m => m.Kind == MissingKind.Person && m.Missing == Language.Zh && m.Name == "Only English");
        Assert.DoesNotContain(missing, m => m.Kind is MissingKind.Theme or MissingKind.Organisation);
        Assert.DoesNotContain(missing, m => m.Kind == MissingKind.Meeting && m.Missing == Language.En);
    }
}
