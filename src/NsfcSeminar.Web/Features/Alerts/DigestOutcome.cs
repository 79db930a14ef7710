namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>What one call of the digest did; <see cref="Ran"/> is false when another instance
/// held the digest's lock and this one left the work to it.</summary>
internal sealed record DigestOutcome(bool Ran, int SearchesProcessed, int MailsSent, int MailsFailed)
{
    public static readonly DigestOutcome Skipped = new(false, 0, 0, 0);
}
