using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Reads who presided (主持), who gave keynotes (主旨报告), which units or people
/// reported (就……作汇报) and who attended (参加会议) from a Chinese release.</summary>
internal static partial class ChineseParticipants
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

            if (Keynote().Match(sentence) is { Success: true } keynote)
            {
                AddKeynotes(draft, vocabulary, sentence, keynote);
            }

            foreach (Match report in Report().Matches(sentence))
            {
                var speaker = ChineseNames.Reporter(report.Groups["subject"].Value, vocabulary);
                draft.Participants.Add(speaker);
                draft.Speeches.Add(new DraftSpeech
                {
                    Kind = SpeechKind.Report,
                    SpeakerKind = speaker.Kind,
                    SpeakerName = speaker.Name,
                    SpeakerSlug = speaker.MatchedSlug,
                    Title = report.Groups["topic"].Value,
                    Summary = report.Value + "。",
                });
            }

            if (Attended().Match(sentence) is { Success: true } attended)
            {
                foreach (var item in Items().Split(attended.Groups["subject"].Value).Where(i => i.Length > 0))
                {
                    draft.Participants.AddRange(ChineseNames.Attendees(item, vocabulary));
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
        if (ChineseNames.Person(presided.Groups["subject"].Value, vocabulary) is not { } person)
        {
            return;
        }

        person.Role = ParticipantRole.Presiding;
        draft.Participants.Add(person);
        var name = person.NameZh ?? person.Name;
        var paragraphs = release.Paragraphs.Skip(1)
            .Where(p => p.StartsWith(name, StringComparison.Ordinal) && SpeechVerb().IsMatch(p))
            .ToList();
        if (!presided.Groups["rest"].Value.Contains("讲话", StringComparison.Ordinal) && paragraphs.Count == 0)
        {
            return;
        }

        draft.Speeches.Insert(0, new DraftSpeech
        {
            Kind = SpeechKind.PresidingSpeech,
            SpeakerKind = DraftParticipantKind.Person,
            SpeakerName = person.Name,
            SpeakerSlug = person.MatchedSlug,
            Title = $"{name}讲话",
            Summary = paragraphs.Count == 0 ? null : string.Join("", paragraphs.Select(p => release.SentencesOf(p).First())),
        });
        if (paragraphs.Count == 0)
        {
            draft.Warnings.Add(L["Drafting.TheReleaseSaysSpokeButGives", name]);
        }
    }

    private static void AddKeynotes(DraftSeminar draft, DraftVocabulary vocabulary, string sentence, Match keynote)
    {
        var topic = keynote.Groups["topic"].Success ? keynote.Groups["topic"].Value : null;
        var invited = false;
        foreach (var item in Items().Split(keynote.Groups["subject"].Value).Where(i => i.Length > 0))
        {
            if (vocabulary.Group(item) is not null || item.EndsWith("代表", StringComparison.Ordinal))
            {
                // "特邀科学家代表、北京大学刘忠范院士": the group describes the speakers after it.
                invited = true;
                continue;
            }

            if (ChineseNames.Person(item, vocabulary) is not { } person)
            {
                draft.Warnings.Add(L["Drafting.CouldNotReadASpeakerIn", item]);
                continue;
            }

            person.Role = ParticipantRole.KeynoteSpeaker;
            draft.Participants.Add(person);
            if (invited)
            {
                draft.Participants.Add(EnglishNames.Copy(person, ParticipantRole.InvitedScientist));
            }

            draft.Speeches.Add(new DraftSpeech
            {
                Kind = SpeechKind.Keynote,
                SpeakerKind = DraftParticipantKind.Person,
                SpeakerName = person.Name,
                SpeakerSlug = person.MatchedSlug,
                Title = topic ?? $"{person.NameZh ?? person.Name}主旨报告",
                Summary = sentence,
            });
            if (topic is null)
            {
                draft.Warnings.Add(L["Drafting.TheReleaseNamesNoTopicFor", person.Name]);
            }
        }
    }

    [GeneratedRegex(@"(?:^|，)(?<subject>[^，。；]+?)主持(?:会议|研讨会|本次会议|会议并讲话)?(?<rest>[^。]*)")]
    private static partial Regex Presided();

    [GeneratedRegex(@"指出|强调|表示|要求|讲话")]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^(?:会上，|会议期间，|研讨会上，)?(?<subject>[^。；]+?)(?:分别)?[作做](?:了)?(?:题为“(?<topic>[^”]+)”的)?(?:主旨报告|主旨发言|主题报告|特邀报告|主旨演讲)")]
    private static partial Regex Keynote();

    [GeneratedRegex(@"(?<subject>[^，。；、]{2,40}?)就(?<topic>[^。；]{2,200}?)(?:作|做|进行)(?:了)?(?:专题)?(?:汇报|报告|发言|说明)")]
    private static partial Regex Report();

    [GeneratedRegex(@"(?:^|。)(?<subject>[^。]+?)(?:参加|出席)(?:了)?(?:会议|研讨会|座谈会|学习|本次会议|活动)")]
    private static partial Regex Attended();

    [GeneratedRegex(@"[，、；]")]
    private static partial Regex Items();
}
