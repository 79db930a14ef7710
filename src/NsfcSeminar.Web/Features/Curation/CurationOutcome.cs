namespace NsfcSeminar.Web.Features.Curation;

/// <summary>What a save or merge came to: the slug of the record it leaves, or messages (already
/// in the reader's language) keyed by the form field they belong beside; "" is the whole form.</summary>
public sealed record CurationOutcome(string? Slug, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CurationOutcome Done(string slug) => new(slug, new Dictionary<string, string>());

    public static CurationOutcome Refused(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public static CurationOutcome Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
