using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>One first revision ready to copy (<see cref="FirstRevisions.Rows"/>): the record's
/// state, the summary of what it holds, and its content written out as JSON.</summary>
public sealed record FirstRevisionRow(RecordState State, string Summary, string Content);
