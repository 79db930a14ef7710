namespace NsfcSeminar.Data.Alerts;

/// <summary>
/// The outbox: a digest mail, written in the same transaction that moves its saved search's
/// high-water mark, then sent. Its message id is the idempotency key a resend carries (ADR-016).
/// </summary>
public sealed class AlertMail
{
    public const int MaxAttempts = 5;

    public long Id { get; set; }

    public long? SavedSearchId { get; set; }

    public long DigestRunId { get; set; }

    public string MessageId { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>The one-click unsubscribe address (RFC 8058's List-Unsubscribe).</summary>
    public string UnsubscribeUrl { get; set; } = "";

    public int Matches { get; set; }

    public AlertMailStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
