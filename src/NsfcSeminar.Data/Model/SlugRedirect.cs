namespace NsfcSeminar.Data.Model;

/// <summary>An old slug of a renamed or merged record, kept so that links to it still lead
/// somewhere: the reading page answers 301 to <see cref="NewSlug"/>.</summary>
public sealed class SlugRedirect
{
    public RecordType RecordType { get; set; }

    public required string OldSlug { get; set; }

    public required string NewSlug { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
