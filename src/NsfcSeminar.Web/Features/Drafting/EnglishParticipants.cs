using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Reads who presided, who spoke and who attended from an English release, sentence by
/// sentence, in the forms the genre uses.</summary>
internal static partial class EnglishParticipants
{
    private static readonly WarningText L = WarningText.Instance;

    public static void Read(ReleaseText release, DraftSeminar draft, DraftVocabulary vocabulary)
    {
        foreach (var sentence in release.Sentences)
        {
            if (Presided().Match(sentence) is { Success: true } presided)
            {
                AddPresiding(release, draft, vocabulary, presided);
            }
            else if (Keynote().Match(sentence) is { Success: true } keynote)
            {
                AddKeynotes(draft, vocabulary, sentence, keynote);
            }
            else if (ReportVerb().IsMatch(sentence))
            {
                AddReports(draft, vocabulary, sentence);
            }
            else if (Attended().Match(sentence) is { Success: true } attended)
            {
                foreach (var item in EnglishNames.SplitList(attended.Groups["subject"].Value))
                {
                    draft.Participants.Add(EnglishNames.Attendee(item, vocabulary));
                }
            }
        }

        if (!draft.WithRole(ParticipantRole.Presiding).Any())
        {
            draft.Warnings.Add(L["Drafting.NoPresidingPersonFoundAddWho"]);
        }

        if (draft.Speeches.Count == 0)
        {
            draft.Warnings.Add(L["Drafting.NoSpeechesOrReportsFoundAdd"]);
        }

    }

    private static void AddPresiding(ReleaseText release, DraftSeminar draft, DraftVocabulary vocabulary, Match presided)
    {
        var person = EnglishNames.Person(presided.Groups["subject"].Value, vocabulary);
        if (person is null)
        {
            return;
        }

        person.Role = ParticipantRole.Presiding;
        draft.Participants.Add(person);
        var spoke = SpokeToo().IsMatch(presided.Groups["rest"].Value);
        var paragraphs = release.Paragraphs.Skip(1)
            .Where(p => SpeechVerb().IsMatch(p) && (p.Contains(person.Name, StringComparison.Ordinal) || p.StartsWith("In his speech", StringComparison.Ordinal) || p.StartsWith("In her speech", StringComparison.Ordinal)))
            .ToList();
        if (!spoke && paragraphs.Count == 0)
        {
            return;
        }

        draft.Speeches.Insert(0, new DraftSpeech
        {
            Kind = SpeechKind.PresidingSpeech,
            SpeakerKind = DraftParticipantKind.Person,
            SpeakerName = person.Name,
            SpeakerSlug = person.MatchedSlug,
            Title = $"Speech by {person.Name}",
            Summary = paragraphs.Count == 0 ? null : string.Join(' ', paragraphs.Select(p => release.SentencesOf(p).First())),
        });
        if (paragraphs.Count == 0)
        {
            draft.Warnings.Add(L["Drafting.TheReleaseSaysSpokeButGives", person.Name]);
        }
    }

    private static void AddKeynotes(DraftSeminar draft, DraftVocabulary vocabulary, string sentence, Match keynote)
    {
        var topic = keynote.Groups["topic"].Success ? keynote.Groups["topic"].Value.Trim() : null;
        foreach (var item in EnglishNames.SplitSpeakers(keynote.Groups["subject"].Value))
        {
            var person = EnglishNames.Person(item, vocabulary);
            if (person is null)
            {
                draft.Warnings.Add(L["Drafting.CouldNotReadASpeakerIn", item]);
                continue;
            }

            person.Role = ParticipantRole.KeynoteSpeaker;
            draft.Participants.Add(person);
            if (item.Contains("invited", StringComparison.OrdinalIgnoreCase))
            {
                draft.Participants.Add(EnglishNames.Copy(person, ParticipantRole.InvitedScientist));
            }

            draft.Speeches.Add(new DraftSpeech
            {
                Kind = SpeechKind.Keynote,
                SpeakerKind = DraftParticipantKind.Person,
                SpeakerName = person.Name,
                SpeakerSlug = person.MatchedSlug,
                Title = topic is null ? $"Keynote by {person.Name}" : EnglishNames.Capitalise(topic),
                Summary = sentence,
            });
            if (topic is null)
            {
                draft.Warnings.Add(L["Drafting.TheReleaseNamesNoTopicFor", person.Name]);
            }
        }
    }

    private static void AddReports(DraftSeminar draft, DraftVocabulary vocabulary, string sentence)
    {
        foreach (var clause in Clauses().Split(sentence))
        {
            if (Report().Match(clause) is not { Success: true } report)
            {
                continue;
            }

            var speaker = EnglishNames.Reporter(report.Groups["subject"].Value, vocabulary);
            draft.Participants.Add(speaker);
            draft.Speeches.Add(new DraftSpeech
            {
                Kind = SpeechKind.Report,
                SpeakerKind = speaker.Kind,
                SpeakerName = speaker.Name,
                SpeakerSlug = speaker.MatchedSlug,
                Title = EnglishNames.Capitalise(report.Groups["topic"].Value.Trim()),
                Summary = EnglishNames.Capitalise(clause.Trim().TrimEnd('.', ';', ',')) + ".",
            });
        }
    }

    [GeneratedRegex(@"^(?<subject>.+?),?\s+(?:presided over|chaired)\s+(?:the\s+)?(?:meeting|seminar|session|symposium)(?<rest>.*)$")]
    private static partial Regex Presided();

    [GeneratedRegex(@"\b(?:delivered|made|gave)\s+(?:a\s+)?speech|\bspoke\b|\bdelivered\s+remarks")]
    private static partial Regex SpokeToo();

    [GeneratedRegex(@"\b(?:stated|said|emphasi[sz]ed|stressed|pointed out|noted|called for|speech)\b")]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^(?:(?:At|During) the (?:meeting|seminar|session),\s*)?(?<subject>.+?)\s+(?:made|delivered|gave)\s+(?:a\s+|the\s+)?keynote\s+(?:speech|speeches|report|reports|address|addresses|lecture|lectures)(?:\s+(?:on|titled|entitled)\s+(?<topic>[^.]+))?")]
    private static partial Regex Keynote();

    [GeneratedRegex(@"\b(?:reported on|(?:made|delivered|gave) (?:a |the )?(?:work )?report on|briefed the (?:meeting|seminar) on)\b")]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"^(?:(?:At|During) the (?:meeting|seminar|session),\s*)?(?<subject>.+?)\s+(?:reported on|(?:made|delivered|gave) (?:a |the )?(?:work )?report on|briefed the (?:meeting|seminar) on)\s+(?<topic>.+?)[.;]?$")]
    private static partial Regex Report();

    [GeneratedRegex(@",\s*(?:while|whereas)\s+|;\s*|,\s*and\s+(?=(?:the\s+)?[A-Z])")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^(?<subject>.+?)\s+(?:attended|were present at|took part in)\s+(?:the\s+)?(?:meeting|seminar|session|symposium)")]
    private static partial Regex Attended();
}
