namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>The record keys drafts are filed under.</summary>
internal static class DraftKeys
{
    public const string NewMeeting = "meeting:new";

    public static string Meeting(int id) => $"meeting:{id}";

    public static string Speech(int id) => $"speech:{id}";

    public static string NewSpeech(int meetingId) => $"meeting:{meetingId}:new-speech";

    /// <summary>The n-th new speech added on the seminar's page (0: a seminar not saved yet).</summary>
    public static string NewSpeech(int meetingId, int number) => $"meeting:{meetingId}:new-speech:{number}";

    /// <summary>Where typing goes while an earlier draft of <paramref name="recordKey"/> is being
    /// offered back: the earlier draft is not overwritten, and the new typing is not lost.</summary>
    public static string WhileOffered(string recordKey) => $"{recordKey}:while-offered";
}
