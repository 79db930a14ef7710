using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Reading;

/// <summary>What a reader may see. The one place that decides it: every reading query filters
/// meetings (and through them speeches and appearances) with <see cref="VisibleTo"/>.</summary>
public sealed record ReaderAccess(bool MaySeeStaffOnly)
{
    public static readonly ReaderAccess Anonymous = new(MaySeeStaffOnly: false);

    public static readonly ReaderAccess Staff = new(MaySeeStaffOnly: true);
}

public static class ReaderAccessQueryableExtensions
{
    /// <summary>Published meetings, and staff-only ones only for those allowed. Drafts and
    /// archived records never reach a reading page.</summary>
    public static IQueryable<Meeting> VisibleTo(this IQueryable<Meeting> meetings, ReaderAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.MaySeeStaffOnly
            ? meetings.Where(m => m.Status == PublicationStatus.Published)
            : meetings.Where(m => m.Status == PublicationStatus.Published && m.Visibility == Visibility.Public);
    }
}
