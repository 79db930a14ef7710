using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>The mail <see cref="DigestSearch"/> puts in the outbox for one saved search: its links
/// in the reader's language, its text from <see cref="DigestMail"/>, its idempotency key.</summary>
internal sealed partial class DigestSearch
{
    private AlertMail Mail(SavedSearch search, string recipient, long runId, DateTimeOffset period, IReadOnlyList<NewMatch> matches, DateTimeOffset now)
    {
        var root = hosting.Value.PublicRoot;
        var languageRoot = PortalAddress.LanguageRoot(root, search.Language);
        var token = Uri.EscapeDataString(tokens.For(search.Id));
        var links = new DigestLinks(
            languageRoot,
            new Uri(languageRoot, SavedQuery.SearchPath(search.Query)).AbsoluteUri,
            new Uri(languageRoot, $"{SavedSearchPaths.Unsubscribe}?t={token}").AbsoluteUri,
            new Uri(root, $"{SavedSearchPaths.OneClickUnsubscribe}?t={token}").AbsoluteUri);
        var (subject, text, html) = DigestMail.Compose(search, matches, links, localizer);
        return new AlertMail
        {
            SavedSearchId = search.Id,
            DigestRunId = runId,
            // The idempotency key: a resend after a crash carries the same id (ADR-016).
            MessageId = $"digest-{search.Id}-{period.ToUnixTimeSeconds()}@{root.Host}",
            Recipient = recipient,
            Subject = subject.Length <= 400 ? subject : subject[..399] + "…",
            TextBody = text,
            HtmlBody = html,
            UnsubscribeUrl = links.OneClickUnsubscribe,
            Matches = matches.Count,
            Status = AlertMailStatus.Pending,
            CreatedAt = now,
        };
    }
}
