namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>A speech is given by a person, a unit ("the Planning and Policy Bureau reported"),
/// or a person for a unit; the creator is the person when there is one.</summary>
internal sealed record SpeakerRow(string? PersonEn, string? PersonZh, string? UnitEn, string? UnitZh)
{
    public NameRow? Creator => PersonEn is not null || PersonZh is not null
        ? new NameRow(PersonEn, PersonZh)
        : UnitEn is not null || UnitZh is not null ? new NameRow(UnitEn, UnitZh) : null;
}
