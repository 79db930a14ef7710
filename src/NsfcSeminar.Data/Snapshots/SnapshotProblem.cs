namespace NsfcSeminar.Data.Snapshots;

/// <summary>Why a snapshot could not be written back whole.</summary>
public enum SnapshotProblem
{
    /// <summary>A speech's meeting is gone: the meeting must be restored instead.</summary>
    MeetingGone,

    /// <summary>No speaker the speech named still exists.</summary>
    SpeakerGone,

    /// <summary>An archived copy the revision names is no longer stored.</summary>
    CopyGone,

    /// <summary>Another record now has the snapshot's slug.</summary>
    SlugTaken,
}
