using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal static class ModelBuilderExtensions
{
    /// <summary>A unique, CHECK-constrained slug column, the natural key in every URL.</summary>
    public static void HasSlug<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        const string slug = "Slug";
        var name = Slug.From(typeof(T).Name).Replace('-', '_');
        entity.Property<string>(slug).HasMaxLength(Slug.MaxLength);
        entity.HasIndex(slug).IsUnique();
        entity.ToTable(t => t.HasCheckConstraint($"ck_{name}_slug", $"slug ~ '{Slug.Pattern}'"));
    }

    /// <summary>Maps a <see cref="Bilingual"/> to two columns named after the property
    /// (<c>name_zh</c>, <c>name_en</c>).</summary>
    public static void HasBilingual<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, Bilingual?>> text, int maxLength)
        where T : class
    {
        entity.ComplexProperty(text, c =>
        {
            c.Property(b => b.Zh).HasMaxLength(maxLength);
            c.Property(b => b.En).HasMaxLength(maxLength);
        });
    }

    /// <summary>A free-text Bilingual (descriptions): no length limit.</summary>
    public static void HasBilingualText<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, Bilingual?>> text)
        where T : class => entity.ComplexProperty(text);
}
