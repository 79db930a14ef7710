namespace NsfcSeminar.Web.Features.Interchange;

/// <summary>Slugs and database ids of one kind of record, both ways. An import also notes the
/// slugs a bundle declares before they are written, so references to them check out; a declared
/// slug is held once written only by its id, so that a bundle of 300,000 people does not keep
/// each slug twice.</summary>
public sealed class SlugIndex
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _slugs = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    public void Add(string slug, int id)
    {
        _ids[slug] = id;
        _slugs[id] = slug;
        _declared.Remove(slug);
    }

    public void Declare(string slug) => _declared.Add(slug);

    /// <summary>True when the slug is in the database or declared by the bundle.</summary>
    public bool Knows(string slug) => _ids.ContainsKey(slug) || _declared.Contains(slug);

    public int Id(string slug) => _ids[slug];

    /// <summary>The id of a slug already in the database (or written by this import).</summary>
    public int? TryId(string slug) => _ids.TryGetValue(slug, out var id) ? id : null;

    public int? IdOrNull(string? slug) => slug is null ? null : _ids[slug];

    public string? SlugOf(int? id) => id is { } value ? _slugs[value] : null;

    public IEnumerable<string> Slugs => _ids.Keys;
}
