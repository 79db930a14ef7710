namespace NsfcSeminar.Data.Model;

/// <summary>People who attend as a body without being named: "directors (part-time) of the
/// science departments", "cadres at or above bureau level".</summary>
public sealed class AttendeeGroup
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Name { get; set; } = new();

    /// <summary>The organisations its members come from; a group may come from several.</summary>
    public List<Organisation> Organisations { get; } = [];
}
