using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

public sealed class OrganisationInput
{
    public int Id { get; set; }

    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? NameEn { get; set; }

    public string? NameZh { get; set; }

    public string? ShortNameEn { get; set; }

    public string? ShortNameZh { get; set; }

    public OrganisationKind? Kind { get; set; }

    public int? ParentId { get; set; }

    internal Dictionary<string, string> Validate(IStringLocalizer<SharedResource> L)
    {
        ArgumentNullException.ThrowIfNull(L);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(NameEn) && string.IsNullOrWhiteSpace(NameZh))
        {
            errors[nameof(NameEn)] = L["Curation.GiveAtLeastOneFormOf"];
        }

        if ((NameEn?.Length ?? 0) > 300 || (NameZh?.Length ?? 0) > 300)
        {
            errors[nameof(NameEn)] = L["Curation.KeepTheNameUnder300Characters"];
        }

        if (!Data.Model.Slug.IsValid(Slug?.Trim()))
        {
            errors[nameof(Slug)] = L["Curation.UseLowerCaseLettersDigitsAnd"];
        }

        if (ParentId == Id)
        {
            errors[nameof(ParentId)] = L["Curation.AnOrganisationCannotBePlacedUnder"];
        }

        return errors;
    }
}
