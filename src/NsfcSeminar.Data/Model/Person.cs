namespace NsfcSeminar.Data.Model;

/// <summary>A person as the archive names them. Positions belong to a meeting (see
/// <see cref="Participation.Position"/>), not to the person, because they change.</summary>
public sealed class Person : IAuditable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>The English form (family name first for Chinese names: "Dou Xiankang") and the
    /// Chinese form ("窦贤康").</summary>
    public Bilingual Name { get; set; } = new();

    /// <summary>"Academician" / "院士".</summary>
    public Bilingual Honorific { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
