using Npgsql;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The WHERE clause of a search over <c>search_documents d</c>, shared by the page, the facets,
/// the exports, the feed and the API so that they can never disagree. Every value a reader
/// typed travels as a parameter; the SQL text holds only fixed fragments and parameter names.
/// </summary>
internal sealed class SearchConditions
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _values = [];

    public string Where => string.Join(" AND ", _conditions);

    /// <summary>The tsquery parameter (text, cast in SQL), when the search has words.</summary>
    public string? Query { get; private set; }

    public static SearchConditions For(SearchRequest request, FilterIds ids, string? tsquery, ReaderAccess access)
    {
        var c = new SearchConditions();
        // VisibleTo for the search copy, which holds published meetings only (search_refresh): a
        // test walks every search output as each role to keep the two the same (ADR-013).
        c._conditions.Add(access.MaySeeStaffOnly ? "TRUE" : "NOT d.staff_only");
        if (tsquery is not null)
        {
            c.Query = c.Value(tsquery) + "::tsquery";
            c._conditions.Add($"d.document @@ {c.Query}");
        }

        c.AddIf(ids.Theme, v => $"d.theme_ids @> ARRAY[{v}]::int[]");
        c.AddIf(ids.Speaker, v => $"d.person_id = {v}");
        c.AddIf(ids.Organisation, v => $"d.organisation_id = {v}");
        c.AddIf(ids.Series, v => $"d.series_id = {v}");
        c.AddIf(request.Kind, v => $"d.kind = {v}");
        c.AddIf(request.From, v => $"d.meeting_date >= {v}");
        c.AddIf(request.To, v => $"d.meeting_date <= {v}");
        c.AddIf(request.Language is { } language ? (language == Language.Zh ? "zh" : "en") : null, v => $"d.languages @> ARRAY[{v}]::varchar(2)[]");
        return c;
    }

    /// <summary>A parameter holding <paramref name="value"/>; returns its placeholder.</summary>
    public string Value(object value)
    {
        var name = $"p{_values.Count}";
        _values.Add((name, value));
        return "@" + name;
    }

    /// <summary>Fresh parameter objects for one command (Npgsql lets a parameter belong to one).</summary>
    public NpgsqlCommand Command(string sql, NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in _values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private void AddIf<T>(T? value, Func<string, string> condition)
    {
        if (value is not null)
        {
            _conditions.Add(condition(Value(value)));
        }
    }
}
