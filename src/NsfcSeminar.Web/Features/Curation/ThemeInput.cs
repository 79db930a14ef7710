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
            errors[nameof(NameEn)] = L["Curation.GiveTheThemeAnEnglishName"];
        }
        else if (NameEn.Length > 200)
        {
            errors[nameof(NameEn)] = L["Curation.KeepTheNameUnder200Characters"];
        }

        if (string.IsNullOrWhiteSpace(NameZh))
        {
            errors[nameof(NameZh)] = L["Curation.GiveTheThemeAChineseName"];
        }
        else if (NameZh.Length > 200)
        {
            errors[nameof(NameZh)] = L["Curation.KeepTheNameUnder200Characters"];
        }

        if (!errors.ContainsKey(nameof(NameEn)) && !Data.Model.Slug.IsValid(EffectiveSlug))
        {
            errors[nameof(Slug)] = L["Curation.UseLowerCaseLettersDigitsAnd"];
        }

        if (Id is int id && ParentId == id)
        {
            errors[nameof(ParentId)] = L["Curation.AThemeCannotBePlacedUnder"];
        }

        return errors;
    }
}
