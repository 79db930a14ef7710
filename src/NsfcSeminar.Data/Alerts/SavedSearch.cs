using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Alerts;

/// <summary>
/// A search a reader keeps, by name, with the e-mail digest of what newly matches it. The query
/// is the search page's query string as it was saved (every filter); the language is the
/// reader's at the time, and the digest is written in it.
/// </summary>
public sealed class SavedSearch
{
    public const int NameMaxLength = 200;

    public const int QueryMaxLength = 2_000;

    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public SeminarUser? User { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The search's parameters as a query string without "?" (<c>q=…&amp;theme=…</c>).</summary>
    public string Query { get; set; } = "";

    public Language Language { get; set; }

    public DigestFrequency Frequency { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the reader stopped the mail (the unsubscribe link); null while it is sent.</summary>
    public DateTimeOffset? UnsubscribedAt { get; set; }

    /// <summary>The high-water mark: every record changed up to this instant has been considered
    /// for a digest. The next digest takes records changed after it.</summary>
    public DateTimeOffset MatchedThrough { get; set; }

    /// <summary>The start of the last digest period this search was processed for.</summary>
    public DateTimeOffset? LastPeriod { get; set; }
}
