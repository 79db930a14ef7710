namespace NsfcSeminar.Web.Features.Interchange;

/// <summary>Slugs and database ids of one kind of record, both ways. An import also notes the
/// slugs a bundle declares before they are written, so references to them check out; a declared
/// slug is held once written only by its id.
/// An index given a limit holds every record only up to it: past it, so that a bundle of 300,000
/// people does not keep 300,000 slugs, it lets go of them all and from then on holds only those
/// looked up (<see cref="Hold"/>), which whoever asks must look up first while <see cref="Whole"/> is false
/// (<see cref="Importing.PeopleLookUp"/>).</summary>
public sealed class SlugIndex(int? holdAtMost = null)
{
    private Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private Dictionary<int, string> _slugs = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    /// <summary>True while the index holds every record of its kind in the database.</summary>
    public bool Whole { get; private set; } = true;

    public void Add(string slug, int id)
    {
        _declared.Remove(slug);
        if (!Whole)
        {
            return;
        }

        Hold(slug, id);
        if (_ids.Count > holdAtMost)
        {
            // New dictionaries: cleared ones would keep their arrays.
            _ids = new(StringComparer.Ordinal);
            _slugs = [];
            Whole = false;
        }
    }

    /// <summary>Holds a record looked up in the database, whole or not.</summary>
    public void Hold(string slug, int id)
    {
        _ids[slug] = id;
        _slugs[id] = slug;
    }

    public void Declare(string slug) => _declared.Add(slug);

    /// <summary>True when the slug is in the database or declared by the bundle (of a
    /// partial index: when it was looked up, or declared).</summary>
    public bool Knows(string slug) => _ids.ContainsKey(slug) || _declared.Contains(slug);

    /// <summary>True when the record of this id is held (always, of a whole index).</summary>
    public bool Holds(int id) => _slugs.ContainsKey(id);

    public int Id(string slug) => _ids[slug];

    /// <summary>The id of a slug already in the database (or written by this import).</summary>
    public int? TryId(string slug) => _ids.TryGetValue(slug, out var id) ? id : null;

    public int? IdOrNull(string? slug) => slug is null ? null : _ids[slug];

    public string? SlugOf(int? id) => id is { } value ? _slugs[value] : null;
}
