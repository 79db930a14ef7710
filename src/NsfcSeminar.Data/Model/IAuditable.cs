namespace NsfcSeminar.Data.Model;

/// <summary>Records whose creation and last change the context stamps on save.</summary>
public interface IAuditable
{
    DateTimeOffset CreatedAt { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
