using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Revisions;

/// <summary>What a save that is not a plain edit says of itself in its revisions: a restore
/// names the revision it brought back, a merge the record that stays.</summary>
public sealed record RevisionNote(RevisionAction Action, string Text)
{
    public static RevisionNote Restored(int number) => new(RevisionAction.Restored, number.ToString(CultureInfo.InvariantCulture));

    public static RevisionNote Merged(string survivorSlug) => new(RevisionAction.Merged, survivorSlug);
}
