namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>
/// The two dates of a feed entry, the same in every feed: <c>published</c> is when the record
/// entered the archive for readers (when its seminar was published, or when the record was made
/// if that came later), <c>updated</c> when it last changed. Never the date of the meeting: a
/// seminar of 2024 entered today is new to a feed reader today.
/// </summary>
public readonly record struct EntryDates(DateTimeOffset Published, DateTimeOffset Updated)
{
    /// <param name="meetingPublishedAt">When the seminar was published in the archive, if recorded.</param>
    /// <param name="createdAt">When the record (the seminar, or the speech) was made.</param>
    /// <param name="updatedAt">When the record last changed.</param>
    public static EntryDates Of(DateTimeOffset? meetingPublishedAt, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        var published = meetingPublishedAt is { } at && at > createdAt ? at : createdAt;
        return new EntryDates(published, updatedAt > published ? updatedAt : published);
    }
}
