using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>The person form. Chinese names are written family name first in both languages
/// ("Dou Xiankang", "窦贤康").</summary>
public sealed class PersonInput
{
    public int Id { get; set; }

    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? NameEn { get; set; }

    public string? NameZh { get; set; }

    public string? HonorificEn { get; set; }

    public string? HonorificZh { get; set; }

    internal Dictionary<string, string> Validate(IStringLocalizer<SharedResource> L)
    {
        ArgumentNullException.ThrowIfNull(L);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(NameEn) && string.IsNullOrWhiteSpace(NameZh))
        {
            errors[nameof(NameEn)] = L["Curation.GiveAtLeastOneFormOf"];
        }

        if ((NameEn?.Length ?? 0) > 200 || (NameZh?.Length ?? 0) > 200)
        {
            errors[nameof(NameEn)] = L["Curation.KeepTheNameUnder200Characters"];
        }

        if (!Data.Model.Slug.IsValid(Slug?.Trim()))
        {
            errors[nameof(Slug)] = L["Curation.UseLowerCaseLettersDigitsAnd"];
        }

        return errors;
    }
}
