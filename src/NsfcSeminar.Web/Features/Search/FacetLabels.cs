using System.Globalization;
using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The copy's facet counts as the page shows them: the long lists cut to their twelve
/// largest values, whose records' slugs and names the page's one statement reads
/// (<see cref="SearchStatements.PageByIds"/>).</summary>
internal sealed class FacetLabels
{
    private const int Longest = 12;

    /// <summary>The facets whose values are record ids, named by <c>@theme</c>, <c>@speaker</c>, … .</summary>
    public static readonly IReadOnlyList<string> Named = [CopyFields.Theme, CopyFields.Speaker, CopyFields.Organisation, CopyFields.Series];

    private readonly IReadOnlyDictionary<string, Dictionary<string, long>>? _counts;

    public FacetLabels(IReadOnlyDictionary<string, Dictionary<string, long>>? counts)
    {
        _counts = counts;
        Largest = Named.ToDictionary(
            facet => facet,
            facet => counts is null ? [] : counts[facet].Select(c => (Id: int.Parse(c.Key, CultureInfo.InvariantCulture), Count: c.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Id).Take(Longest).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Per named facet, the ids to name with their counts.</summary>
    public IReadOnlyDictionary<string, List<(int Id, long Count)>> Largest { get; }

    /// <summary>The facets, the named ones with what <paramref name="json"/> (an array of
    /// [facet, id, slug, name_en, name_zh]) says of their records.</summary>
    public SearchFacets Read(string? json)
    {
        if (_counts is null)
        {
            return SearchFacets.None;
        }

        var names = new Dictionary<(string, int), (string Slug, Bilingual Name)>();
        foreach (var record in json is null ? [] : JsonSerializer.Deserialize<JsonElement[][]>(json) ?? [])
        {
            names[(record[0].GetString()!, record[1].GetInt32())] = (record[2].GetString()!, Bilingual.Of(record[3].GetString(), record[4].GetString()));
        }

        IReadOnlyList<FacetValue> Of(string facet) => [.. Largest[facet]
            .Where(c => names.ContainsKey((facet, c.Id)))
            .Select(c => new FacetValue(names[(facet, c.Id)].Slug, names[(facet, c.Id)].Name, c.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
        IReadOnlyList<FacetValue> Plain(string facet, bool byCount = true)
        {
            var values = _counts[facet].Select(c => new FacetValue(c.Key, Bilingual.Of(null, null), c.Value));
            return [.. byCount ? values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal) : values.OrderByDescending(v => v.Value, StringComparer.Ordinal)];
        }

        return new SearchFacets(
            Of(CopyFields.Theme), Of(CopyFields.Speaker), Of(CopyFields.Organisation),
            Plain(CopyFields.Kind), Of(CopyFields.Series), Plain(CopyFields.Language),
            Plain(CopyFields.Year, byCount: false));
    }
}
