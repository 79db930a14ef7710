using System.Text.Json;
using System.Text.Json.Nodes;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Turns a bundle's record into the record to store, given the stored one: merged into it (or
/// taking its place, when the import replaces), with every field that changes reported.
/// </summary>
internal static class StatedRecord
{
    /// <returns>The record to store, or null when it changes nothing.</returns>
    public static TRecord? Resolve<TRecord>(ImportSession session, string section, string slug, TRecord stored, JsonObject stated)
        where TRecord : class
    {
        var typeInfo = BundleJson.TypeInfo<TRecord>();
        var before = JsonSerializer.SerializeToNode(stored, typeInfo)!.AsObject();
        // Through the typed record and back, so that both sides are written as export writes
        // them (an empty list and an absent one are the same record).
        var merged = session.Mode == ImportMode.Replace ? stated : RecordMerge.Merge(before, stated);
        var record = JsonSerializer.Deserialize(merged, typeInfo)!;
        var after = JsonSerializer.SerializeToNode(record, typeInfo)!.AsObject();
        var changes = RecordMerge.Diff(before, after).ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        session.Report.Changed(new RecordChange(section, slug, changes));
        return record;
    }
}
