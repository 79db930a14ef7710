namespace NsfcSeminar.Web.Features.History;

/// <summary>The names, in the reader's language, of the records two revisions refer to, keyed by
/// the field that refers and the record's id, so that a comparison reads "Talent support" rather
/// than "talent-support". A record the archive no longer holds keeps the slug it was saved with.</summary>
public sealed class ReferenceNames(IReadOnlyDictionary<(string Field, int Id), string> names)
{
    public static ReferenceNames None { get; } = new(new Dictionary<(string, int), string>());

    public string Of(string field, int id, string slug) => names.GetValueOrDefault((field, id)) ?? slug;
}
