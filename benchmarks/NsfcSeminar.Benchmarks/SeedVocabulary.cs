using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Benchmarks;

/// <summary>The people, organisations, group and themes the seed seminar names, made if the
/// archive lacks them (the benchmark portal holds a synthetic archive, not the sample one), as they
/// would be in an archive an editor adds a seminar to.</summary>
internal static class SeedVocabulary
{
    public static async Task EnsureAsync(string connectionString)
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        var academician = Bilingual.Of("Academician", "院士");
        foreach (var (slug, en, zh, honorific) in new[]
        {
            ("dou-xiankang", "Dou Xiankang", (string?)"窦贤康", (Bilingual?)null), ("liu-zhongfan", "Liu Zhongfan", "刘忠范", academician),
            ("meilin", "Meilin", null, null), ("li-jinghai", "Li Jinghai", "李静海", academician), ("gao-ruiping", "Gao Ruiping", "高瑞平", null),
        })
        {
            if (!await db.People.AnyAsync(p => p.Slug == slug))
            {
                db.People.Add(new Person { Slug = slug, Name = Bilingual.Of(en, zh), Honorific = honorific ?? new Bilingual() });
            }
        }

        foreach (var (slug, en, zh) in new[]
        {
            ("planning-and-policy-bureau", "Planning and Policy Bureau", "计划与政策局"),
            ("department-of-information-sciences", "Department of Information Sciences", "信息科学部"),
        })
        {
            if (!await db.Organisations.AnyAsync(o => o.Slug == slug))
            {
                db.Organisations.Add(new Organisation { Slug = slug, Name = Bilingual.Of(en, zh) });
            }
        }

        if (!await db.AttendeeGroups.AnyAsync(g => g.Slug == "invited-scientist-representatives"))
        {
            db.AttendeeGroups.Add(new AttendeeGroup { Slug = "invited-scientist-representatives", Name = Bilingual.Of("Specially invited scientist representatives", "特邀科学家代表") });
        }

        foreach (var (slug, en, zh) in new[]
        {
            ("basic-research", "Basic research", "基础研究"), ("science-fund-reform", "Science fund reform", "科学基金改革"),
            ("integrity-and-innovation", "Integrity and innovation", "守正创新"),
            ("strong-science-country-2035", "A strong science and technology country by 2035", "科技强国"),
        })
        {
            if (!await db.ReformThemes.AnyAsync(t => t.Slug == slug))
            {
                db.ReformThemes.Add(new ReformTheme { Slug = slug, Name = Bilingual.Of(en, zh) });
            }
        }

        await db.SaveWithRevisionsAsync();
    }
}
