using Lucene.Net.Index;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Lucene's tiered merging, held back while the copy is built: a build's segments are flushed
/// from a large buffer at about the same size, and merging them while the build still runs
/// rewrites most of what was just written on the two cores the build itself needs. Once the
/// build is done, the tiered policy decides again (it finds nothing to merge among a few large
/// segments of one size; catch-up's small segments are merged as before).
/// </summary>
internal sealed class BuildMergePolicy : MergePolicy
{
    private readonly TieredMergePolicy _tiered = new();

    /// <summary>True while a build writes: no merges are started.</summary>
    public bool Held { get; set; }

    public override void SetIndexWriter(IndexWriter writer)
    {
        base.SetIndexWriter(writer);
        _tiered.SetIndexWriter(writer);
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos segmentInfos) =>
        Held ? null : _tiered.FindMerges(mergeTrigger, segmentInfos);

    public override MergeSpecification? FindForcedMerges(SegmentInfos segmentsInfos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge) =>
        _tiered.FindForcedMerges(segmentsInfos, maxSegmentCount, segmentsToMerge);

    public override MergeSpecification? FindForcedDeletesMerges(SegmentInfos segmentsInfos) =>
        _tiered.FindForcedDeletesMerges(segmentsInfos);

    public override bool UseCompoundFile(SegmentInfos segments, SegmentCommitInfo newSegment) =>
        _tiered.UseCompoundFile(segments, newSegment);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _tiered.Dispose();
        }
    }
}
