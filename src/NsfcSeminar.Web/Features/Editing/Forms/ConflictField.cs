namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>A field another editor changed: its value when this editor loaded the record, and
/// the value the other editor saved.</summary>
public sealed record ConflictField(string Label, string? Before, string? Theirs)
{
    /// <summary>The fields (label → value) that differ between two flattened versions.</summary>
    public static IReadOnlyList<ConflictField> Between(
        IReadOnlyList<KeyValuePair<string, string?>> before, IReadOnlyList<KeyValuePair<string, string?>> theirs)
    {
        var old = before.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return theirs
            .Where(pair => (old.GetValueOrDefault(pair.Key) ?? "") != (pair.Value ?? ""))
            .Select(pair => new ConflictField(pair.Key, old.GetValueOrDefault(pair.Key), pair.Value))
            .ToList();
    }
}
