namespace NsfcSeminar.Data.Model;

/// <summary>A node of the reform-theme vocabulary that editors curate.</summary>
public sealed class ReformTheme : IAuditable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Name { get; set; } = new();

    public Bilingual Description { get; set; } = new();

    public int? ParentId { get; set; }

    public ReformTheme? Parent { get; set; }

    public List<ReformTheme> Children { get; } = [];

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    public List<Speech> Speeches { get; } = [];

    public List<Meeting> Meetings { get; } = [];
}
