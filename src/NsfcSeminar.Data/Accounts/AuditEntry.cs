using System.Net;

namespace NsfcSeminar.Data.Accounts;

/// <summary>
/// One line of the audit log: who did what to which record, and when. The user's name is copied
/// rather than only referenced, so the line still reads correctly after the account is renamed
/// or removed. Entries are only ever added.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 80;
    public const int TargetTypeMaxLength = 60;
    public const int TargetKeyMaxLength = 400;
    public const int DetailMaxLength = 4000;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account's id, when someone was signed in (null for anonymous attempts and
    /// for commands run on the server).</summary>
    public string? UserId { get; set; }

    /// <summary>The account's name at the time, or what an anonymous visitor typed.</summary>
    public string? UserName { get; set; }

    /// <summary>What happened, "noun.verb" in the past tense: "account.signed-in", "meeting.published".</summary>
    public required string Action { get; set; }

    /// <summary>The kind of record acted on: "account", "meeting", "speech".</summary>
    public string? TargetType { get; set; }

    /// <summary>The record's natural key: a slug, or an e-mail address for accounts.</summary>
    public string? TargetKey { get; set; }

    public string? Detail { get; set; }

    public IPAddress? IpAddress { get; set; }
}
