using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Features.Meetings;

/// <summary>Small meeting records for component tests.</summary>
internal static class MeetingRecords
{
    public static readonly RecordLink Dou = new("dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康"));
    public static readonly RecordLink Liu = new("liu-zhongfan", Bilingual.Of("Liu Zhongfan", "刘忠范"));
    public static readonly RecordLink Bureau = new("planning-and-policy-bureau", Bilingual.Of("Planning and Policy Bureau", "计划与政策局"));
    public static readonly RecordLink BasicResearch = new("basic-research", Bilingual.Of("Basic research", "基础研究"));

    public static SpeechItem Speech(string anchor, SpeechKind kind, RecordLink? person, RecordLink? organisation, params SpeechTextVersion[] texts) =>
        new(anchor, kind, person, null, organisation, texts, [BasicResearch], null, new Bilingual(), null);

    public static SpeechTextVersion English(string title, string body, TextProvenance provenance = TextProvenance.Original) =>
        new(Language.En, title, null, body, provenance, null);

    public static SpeechTextVersion Chinese(string title, string body, TextProvenance provenance = TextProvenance.Original) =>
        new(Language.Zh, title, null, body, provenance, null);

    public static MeetingRecord Seminar(bool isSample = false, params SpeechItem[] speeches) => new(
        "2024-11-16-seminar",
        MeetingKind.StrategySeminar,
        new RecordLink("party-group-strategy-seminar", Bilingual.Of("Party Group strategy seminar", "党组务虚研讨会")),
        2,
        new Bilingual(),
        new DateOnly(2024, 11, 16),
        null,
        Bilingual.Of("Beijing", "北京"),
        MeetingFormat.InPerson,
        null,
        isSample,
        Visibility.Public,
        [new MeetingTextVersion(Language.En, "Second strategy seminar of 2024", "Anchor the 2035 goal", "A summary.", "## Decisions\n\nReform goes on.", TextProvenance.EditorialSummary, null)],
        [new CitedDocumentItem(Bilingual.Of("National Natural Science Fund Regulations (revised)"), DocumentKind.Regulation, null)],
        [BasicResearch],
        [
            new ParticipantItem(ParticipantRole.Attendee, null, null, null, Bilingual.Of("Cadres at or above bureau level", "局级以上干部"), new Bilingual(), new Bilingual(), null, false),
            new ParticipantItem(ParticipantRole.Presiding, Dou, null, null, null, Bilingual.Of("Secretary of the Party Group and Director"), new Bilingual(), null, false),
            new ParticipantItem(ParticipantRole.KeynoteSpeaker, Liu, Bilingual.Of("Academician", "院士"), new RecordLink("peking-university", Bilingual.Of("Peking University", "北京大学")), null, new Bilingual(), new Bilingual(), null, false),
        ],
        speeches,
        [],
        []);
}
