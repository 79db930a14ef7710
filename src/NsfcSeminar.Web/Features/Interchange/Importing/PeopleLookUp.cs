using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Seminars;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// The people a seminar names, asked of PostgreSQL once the import no longer holds every person
/// (<see cref="SlugIndex.Whole"/>: more than <see cref="ArchiveImport.PeopleHeldWhole"/>), before
/// anything reads them from the index: the records' slugs before they are checked, the stored
/// seminars' ids before they are compared. The index then holds the people the seminars name,
/// however many people the archive or the bundle holds. A whole index is never asked.
/// </summary>
internal static class PeopleLookUp
{
    /// <summary>Looks up the people a seminar record names that the index does not know.</summary>
    public static async Task NamedByAsync(SeminarRecord record, ImportSession session, CancellationToken ct)
    {
        var index = session.Slugs.People;
        if (index.Whole)
        {
            return;
        }

        var slugs = record.Participants.Select(p => p.Person)
            .Concat(record.Speeches.Select(s => s.Person))
            .Concat(record.Sessions.Select(s => s.Chair))
            .OfType<string>().Where(slug => !index.Knows(slug)).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count > 0)
        {
            await HoldAsync(session, p => slugs.Contains(p.Slug), ct);
        }
    }

    /// <summary>Looks up the people stored seminars name that the index does not hold.</summary>
    public static async Task NamedByAsync(IEnumerable<LoadedSeminar> stored, ImportSession session, CancellationToken ct)
    {
        var index = session.Slugs.People;
        if (index.Whole)
        {
            return;
        }

        var ids = stored.SelectMany(s => s.Participants.Select(p => p.PersonId)
                .Concat(s.Speeches.Select(l => l.Speech.SpeakerPersonId))
                .Concat(s.Sessions.Select(m => m.ChairPersonId)))
            .OfType<int>().Where(id => !index.Holds(id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            await HoldAsync(session, p => ids.Contains(p.Id), ct);
        }
    }

    private static async Task HoldAsync(ImportSession session, System.Linq.Expressions.Expression<Func<Data.Model.Person, bool>> which, CancellationToken ct)
    {
        // The connection, and the index the copy behind reads, are the copy's until it ends.
        await session.Writes.WaitAsync();
        await foreach (var person in session.Db.People.AsNoTracking().Where(which).Select(p => new { p.Slug, p.Id }).AsAsyncEnumerable().WithCancellation(ct))
        {
            session.Slugs.People.Hold(person.Slug, person.Id);
        }
    }
}
