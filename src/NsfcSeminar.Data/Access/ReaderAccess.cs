using System.Linq.Expressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Access;

/// <summary>What a reader may see, and so what they may know. The one place that decides it
/// (ADR-013): every reading query filters meetings (and through them speeches and appearances)
/// with <see cref="ReaderAccessQueryableExtensions.VisibleTo(IQueryable{Meeting}, ReaderAccess)"/>,
/// and looks up people, organisations, series and themes through the overloads beside it, so a
/// name reaches a reader only when a meeting that reader may see carries it. Search asks the same
/// rule ahead of time: the copy marks each document with the readers in <see cref="All"/> whom
/// <see cref="MaySee"/> lets see its meeting, and filters by the mark (ADR-017).</summary>
public sealed record ReaderAccess(bool MaySeeStaffOnly)
{
    public static readonly ReaderAccess Anonymous = new(MaySeeStaffOnly: false);

    public static readonly ReaderAccess Staff = new(MaySeeStaffOnly: true);

    /// <summary>Every kind of reader, for what stores the rule's answer for each ahead of time
    /// (the search copy marks each document with the readers who may see it).</summary>
    public static readonly IReadOnlyList<ReaderAccess> All = [Anonymous, Staff];

    /// <summary>Published meetings, and staff-only ones only for those allowed. Drafts and
    /// archived records never reach a reading page.</summary>
    public Expression<Func<Meeting, bool>> MeetingRule => MaySeeStaffOnly
        ? m => m.Status == PublicationStatus.Published
        : m => m.Status == PublicationStatus.Published && m.Visibility == Visibility.Public;

    /// <summary>This kind of reader by a name that stays the same (what the copy stores).</summary>
    public string Name => MaySeeStaffOnly ? "staff" : "anonymous";

    /// <summary>The same rule as <see cref="MeetingRule"/>, for a meeting's state read elsewhere.</summary>
    public bool MaySee(PublicationStatus status, Visibility visibility) =>
        (MaySeeStaffOnly ? StaffRule : AnonymousRule)(new Meeting { Slug = "", Status = status, Visibility = visibility });

    /// <summary>Every state of a meeting (status and visibility) this reader may see, by
    /// <see cref="MaySee"/>: the rule's answer for SQL written by hand, which filters by it.</summary>
    public IReadOnlyList<(PublicationStatus Status, Visibility Visibility)> VisibleStates =>
        MaySeeStaffOnly ? StaffStates : AnonymousStates;

    private static readonly Func<Meeting, bool> AnonymousRule = new ReaderAccess(false).MeetingRule.Compile();

    private static readonly Func<Meeting, bool> StaffRule = new ReaderAccess(true).MeetingRule.Compile();

    private static readonly (PublicationStatus, Visibility)[] AnonymousStates = StatesSeenBy(new ReaderAccess(false));

    private static readonly (PublicationStatus, Visibility)[] StaffStates = StatesSeenBy(new ReaderAccess(true));

    private static (PublicationStatus, Visibility)[] StatesSeenBy(ReaderAccess access) =>
        [.. from status in Enum.GetValues<PublicationStatus>()
            from visibility in Enum.GetValues<Visibility>()
            where access.MaySee(status, visibility)
            select (status, visibility)];
}

public static class ReaderAccessQueryableExtensions
{
    /// <summary>The meetings <paramref name="access"/> may see, by <see cref="ReaderAccess.MeetingRule"/>.</summary>
    public static IQueryable<Meeting> VisibleTo(this IQueryable<Meeting> meetings, ReaderAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return meetings.Where(access.MeetingRule);
    }

    /// <summary>People who took part in or spoke at a meeting the reader may see. Anyone else is
    /// unknown to this reader, exactly like a slug that names nobody.</summary>
    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, ReaderAccess access, SeminarDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = db.Meetings.VisibleTo(access);
        return people.Where(p =>
            db.Participations.Any(x => x.PersonId == p.Id && meetings.Any(m => m.Id == x.MeetingId))
            || db.Speeches.Any(s => s.SpeakerPersonId == p.Id && meetings.Any(m => m.Id == s.MeetingId)));
    }

    /// <summary>Organisations a meeting the reader may see names (as organiser, participant, the
    /// body a participant or group represented, or speaker), and the bodies those sit in: a named
    /// unit carries its parent and grandparent, as a sub-theme carries its theme. Deeper ancestors
    /// (the archive nests one level) stay hidden unless named themselves: the rule fails closed.</summary>
    public static IQueryable<Organisation> VisibleTo(this IQueryable<Organisation> organisations, ReaderAccess access, SeminarDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = db.Meetings.VisibleTo(access);
        var named = db.Organisations.Where(o =>
            meetings.Any(m => m.OrganiserId == o.Id)
            || db.Participations.Any(x => x.OrganisationId == o.Id && meetings.Any(m => m.Id == x.MeetingId))
            || db.Speeches.Any(s => s.SpeakerOrganisationId == o.Id && meetings.Any(m => m.Id == s.MeetingId)));
        return organisations.Where(o =>
            named.Any(n => n.Id == o.Id)
            || named.Any(n => n.ParentId == o.Id)
            || named.Any(n => n.Parent!.ParentId == o.Id));
    }

    /// <summary>Series with a meeting the reader may see.</summary>
    public static IQueryable<MeetingSeries> VisibleTo(this IQueryable<MeetingSeries> series, ReaderAccess access, SeminarDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = db.Meetings.VisibleTo(access);
        return series.Where(s => meetings.Any(m => m.SeriesId == s.Id));
    }

    /// <summary>Every theme. Themes are not facts of a meeting but the vocabulary editors curate
    /// and publish on their own (only curation and a vocabulary import create one; a draft can
    /// only pick from it), so a theme's name and place in the tree tell nothing about hidden
    /// records. What is counted or listed under a theme is filtered by the meeting rule, so a
    /// theme carried only by hidden records shows no count, speech or analysis (ADR-013).</summary>
    public static IQueryable<ReformTheme> VisibleTo(this IQueryable<ReformTheme> themes, ReaderAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return themes;
    }
}
