using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>What a seminar record must hold for the database to take it: the same limits and
/// constraints as the schema, checked up front so that every problem is reported at once.</summary>
internal static class SeminarRules
{
    public static void Check(SeminarRecord r, RecordCheck check, ArchiveSlugs slugs)
    {
        check.Slug("slug", r.Slug);
        check.Defined("kind", r.Kind);
        check.Defined("format", r.Format);
        check.Defined("status", r.Status);
        check.Defined("visibility", r.Visibility);
        check.Reference("series", r.Series, slugs.Series, "a series");
        check.Reference("organiser", r.Organiser, slugs.Organisations, "an organisation");
        if (r.SequenceNumber is <= 0)
        {
            check.Problem("sequenceNumber", "expected a number of 1 or more");
        }

        if (r.EndDate is { } end && end < r.StartDate)
        {
            check.Problem("endDate", $"is before the start date {r.StartDate:yyyy-MM-dd}");
        }

        check.Bilingual("sequenceTerm", r.SequenceTerm, 200);
        check.Bilingual("place", r.Place, 200);
        if (r.Texts.Zh is null && r.Texts.En is null)
        {
            check.Problem("texts", "needs a Chinese or an English version (\"zh\" or \"en\") with at least a title");
        }

        foreach (var (language, text) in r.Texts.All())
        {
            var at = $"texts.{language.ToString().ToLowerInvariant()}";
            check.Defined($"{at}.provenance", text.Provenance);
            check.Text($"{at}.title", text.Title, 500, required: true);
            check.Text($"{at}.translatedBy", text.TranslatedBy, 200);
        }

        CheckThemes("themes", r.Themes, check, slugs);
        CheckSet("citations", r.Citations, check, slugs.Documents, "a document");
        for (var i = 0; i < r.Participants.Count; i++)
        {
            CheckParticipant(r.Participants[i], $"participants[{i}]", check, slugs);
        }

        var duplicates = r.Participants.GroupBy(p => (p.Role, p.Person, p.Group, p.Organisation)).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            check.Problem("participants", $"names the same participant as {duplicate.Key.Role} {duplicate.Count()} times");
        }

        var sessions = SourceRules.CheckSessions(r.Sessions, check, slugs);
        SpeechRules.Check(r.Speeches, sessions, check, slugs);
        SourceRules.CheckSources(r.Sources, r.Speeches, check);
    }

    public static void CheckThemes(string field, IReadOnlyList<string> themes, RecordCheck check, ArchiveSlugs slugs) =>
        CheckSet(field, themes, check, slugs.Themes, "a theme");

    private static void CheckSet(string field, IReadOnlyList<string> slugList, RecordCheck check, SlugIndex index, string kind)
    {
        for (var i = 0; i < slugList.Count; i++)
        {
            check.Reference($"{field}[{i}]", slugList[i], index, kind);
        }

        foreach (var twice in slugList.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            check.Problem(field, $"lists '{twice.Key}' more than once");
        }
    }

    private static void CheckParticipant(ParticipantRecord p, string at, RecordCheck check, ArchiveSlugs slugs)
    {
        check.Defined($"{at}.role", p.Role);
        if (p.Person is not null && p.Group is not null)
        {
            check.Problem(at, "names both a person and a group; a participant is one or the other");
        }
        else if (p.Person is null && p.Group is null && p.Organisation is null)
        {
            check.Problem(at, "names no participant: expected \"person\", \"group\" or \"organisation\"");
        }

        check.Reference($"{at}.person", p.Person, slugs.People, "a person");
        check.Reference($"{at}.group", p.Group, slugs.Groups, "an attendee group");
        check.Reference($"{at}.organisation", p.Organisation, slugs.Organisations, "an organisation");
        check.Bilingual($"{at}.position", p.Position, 300);
        check.Bilingual($"{at}.note", p.Note, 500);
        if (p.GroupSize is { } size && (size <= 0 || p.Group is null))
        {
            check.Problem($"{at}.groupSize", "is the size of a group: expected a number of 1 or more, on a participant that names a \"group\"");
        }
    }
}
