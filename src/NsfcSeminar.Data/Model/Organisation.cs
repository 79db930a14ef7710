namespace NsfcSeminar.Data.Model;

public sealed class Organisation : IAuditable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Name { get; set; } = new();

    /// <summary>The form used in running text ("自然科学基金委").</summary>
    public Bilingual ShortName { get; set; } = new();

    /// <summary>Null when the sources do not say what kind of body it is.</summary>
    public OrganisationKind? Kind { get; set; }

    public int? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    public List<Organisation> Children { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
