using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>The speeches of a seminar record: anchors unique within it, a speaker for each, texts
/// that fit. Markdown is not checked: it is stored as written and made harmless when shown.</summary>
internal static class SpeechRules
{
    public static void Check(IReadOnlyList<SpeechRecord> speeches, IReadOnlySet<string> sessions, RecordCheck check, ArchiveSlugs slugs)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < speeches.Count; i++)
        {
            var s = speeches[i];
            var at = $"speeches[{i}]";
            check.Slug($"{at}.anchor", s.Anchor);
            if (!anchors.Add(s.Anchor))
            {
                check.Problem($"{at}.anchor", $"'{s.Anchor}' is already the anchor of an earlier speech of this seminar");
            }

            check.Defined($"{at}.kind", s.Kind);
            if (s.Person is null && s.Organisation is null && s.Group is null && (s.SpeakerDescription?.ToBilingual().IsEmpty ?? true))
            {
                check.Problem(at, "names no speaker: expected \"person\", \"organisation\", \"group\" or a \"speakerDescription\"");
            }

            check.Reference($"{at}.person", s.Person, slugs.People, "a person");
            check.Reference($"{at}.organisation", s.Organisation, slugs.Organisations, "an organisation");
            check.Reference($"{at}.group", s.Group, slugs.Groups, "an attendee group");
            check.Bilingual($"{at}.speakerDescription", s.SpeakerDescription, 300);
            if (s.Session is not null && !sessions.Contains(s.Session))
            {
                check.Problem($"{at}.session", $"'{s.Session}' is not the anchor of a session of this seminar");
            }
            SeminarRules.CheckThemes($"{at}.themes", s.Themes, check, slugs);
            if (s.Texts.Zh is null && s.Texts.En is null)
            {
                check.Problem($"{at}.texts", "needs a Chinese or an English version (\"zh\" or \"en\")");
            }

            foreach (var (language, text) in s.Texts.All())
            {
                var field = $"{at}.texts.{language.ToString().ToLowerInvariant()}";
                check.Defined($"{field}.provenance", text.Provenance);
                check.Text($"{field}.title", text.Title, 500, required: false);
                check.Text($"{field}.translatedBy", text.TranslatedBy, 200);
            }
        }
    }
}
