using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>"New person…" offers the person already in the archive under that name (Chinese,
/// English, or the pinyin of the Chinese) before it makes a second record of them.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SameNamedRecordTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("Dou Xian-kang", null)]
    [InlineData("Someone Else", "窦贤康")]
    [InlineData("DOU Xiankang", null)]
    public async Task A_new_person_with_an_archived_persons_name_finds_that_person(string english, string? chinese)
    {
        await fixture.ResetWithSampleArchiveAsync();
        var creation = fixture.Portal.Services.GetRequiredService<RecordCreation>();
        var input = new NewRecordInput { Kind = NewRecordKind.Person };
        (input.Name.En, input.Name.Zh) = (english, chinese);

        var existing = await creation.SameNamedAsync(input, CancellationToken.None);

        Assert.Equal("dou-xiankang", Assert.Single(existing).Slug);
    }

    [Fact]
    public async Task A_person_archived_under_a_chinese_name_only_is_found_by_its_pinyin()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            db.People.Add(new NsfcSeminar.Data.Model.Person { Slug = "zhang-heng", Name = NsfcSeminar.Data.Model.Bilingual.Of(null, "张衡") });
            await db.SaveWithRevisionsAsync();
        }

        var creation = fixture.Portal.Services.GetRequiredService<RecordCreation>();
        var input = new NewRecordInput { Kind = NewRecordKind.Person };
        input.Name.En = "Zhang Heng";

        Assert.Equal("zhang-heng", Assert.Single(await creation.SameNamedAsync(input, CancellationToken.None)).Slug);
    }

    [Fact]
    public async Task A_new_name_finds_nobody()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var creation = fixture.Portal.Services.GetRequiredService<RecordCreation>();
        var input = new NewRecordInput { Kind = NewRecordKind.Person };
        input.Name.En = "Nobody Yet";

        Assert.Empty(await creation.SameNamedAsync(input, CancellationToken.None));
    }
}
