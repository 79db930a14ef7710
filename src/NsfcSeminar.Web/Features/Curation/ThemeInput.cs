using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>The theme form. Mapped onto the entity by <see cref="ThemeCommands"/>, never bound to it.</summary>
public sealed class ThemeInput
{
    public int? Id { get; set; }

    /// <summary>The concurrency token the form was loaded with.</summary>
    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? NameEn { get; set; }

    public string? NameZh { get; set; }

    public string? DescriptionEn { get; set; }

    public string? DescriptionZh { get; set; }

    public int? ParentId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The slug the theme will have: the one typed, else one made from the English name.</summary>
    public string EffectiveSlug => string.IsNullOrWhiteSpace(Slug) ? Data.Model.Slug.From(NameEn ?? "") : Slug.Trim();

    /// <summary>The checks that need no database, beside the field they concern.</summary>
    internal Dictionary<string, string> Validate(IStringLocalizer<SharedResource> L)
    {
        ArgumentNullException.ThrowIfNull(L);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(NameEn))
        {
            errors[nameof(NameEn)] = L["Give the theme an English name."];
        }
        else if (NameEn.Length > 200)
        {
            errors[nameof(NameEn)] = L["Keep the name under 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(NameZh))
        {
            errors[nameof(NameZh)] = L["Give the theme a Chinese name."];
        }
        else if (NameZh.Length > 200)
        {
            errors[nameof(NameZh)] = L["Keep the name under 200 characters."];
        }

        if (!errors.ContainsKey(nameof(NameEn)) && !Data.Model.Slug.IsValid(EffectiveSlug))
        {
            errors[nameof(Slug)] = L["Use lower-case letters, digits and single hyphens, such as basic-research."];
        }

        if (Id is int id && ParentId == id)
        {
            errors[nameof(ParentId)] = L["A theme cannot be placed under itself or one of its sub-themes."];
        }

        return errors;
    }
}
