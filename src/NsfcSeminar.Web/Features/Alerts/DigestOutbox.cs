using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Web.Mail;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// Sends the digests waiting in the outbox, each then marked sent; one that fails is tried again
/// at the next tick, up to <see cref="AlertMail.MaxAttempts"/> times, then marked failed with its
/// error. Runs only under the digest's lock, so no two instances send the same mail.
/// </summary>
internal sealed partial class DigestOutbox(IDbContextFactory<SeminarDbContext> dbFactory, MailSender sender, TimeProvider clock, ILogger<DigestOutbox> log)
{
    public async Task<(int Sent, int Failed)> SendPendingAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.AlertMails
            .Where(m => m.Status == AlertMailStatus.Pending)
            .OrderBy(m => m.Id)
            .ToListAsync(ct);
        var (sent, failed) = (0, 0);
        foreach (var mail in pending)
        {
            try
            {
                await sender.SendAsync(ToOutgoing(mail), ct);
                mail.Status = AlertMailStatus.Sent;
                mail.SentAt = clock.GetUtcNow();
                mail.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                CouldNotSend(log, e, mail.Id);
                var error = $"{e.GetType().Name}: {e.Message}";
                mail.LastError = error[..Math.Min(error.Length, DigestRun.ErrorMaxLength)];
                if (++mail.Attempts >= AlertMail.MaxAttempts)
                {
                    mail.Status = AlertMailStatus.Failed;
                    failed++;
                }
            }

            // Marked at once, mail by mail: a crash after this leaves no sent mail pending.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return (sent, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest mail {Id} could not be sent")]
    private static partial void CouldNotSend(ILogger logger, Exception exception, long id);

    /// <summary>The mail with its RFC 8058 headers: a mail client shows an unsubscribe button
    /// that POSTs <c>List-Unsubscribe=One-Click</c> to the address, no sign-in needed.</summary>
    private static OutgoingMail ToOutgoing(AlertMail mail) => new(
        mail.Recipient,
        mail.Subject,
        mail.TextBody,
        mail.HtmlBody,
        mail.MessageId,
        new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{mail.UnsubscribeUrl}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            ["Auto-Submitted"] = "auto-generated",
        });
}
