namespace NsfcSeminar.Data.Model;

public enum SpeechKind
{
    PresidingSpeech,
    Keynote,
    Report,
    Discussion,
    ClosingRemarks,

    /// <summary>A speech that is none of the more particular kinds (讲话).</summary>
    Speech,

    /// <summary>A speech by a guest from outside the foundation (致辞 by a guest).</summary>
    GuestSpeech,

    QuestionAndAnswer,

    /// <summary>A statement submitted in writing rather than spoken (书面发言).</summary>
    WrittenStatement,
}
