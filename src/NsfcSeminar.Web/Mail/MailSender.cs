using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NsfcSeminar.Web.Mail;

/// <summary>Sends mail over SMTP with MailKit, one connection per call.</summary>
public sealed class MailSender(IOptions<MailOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        await SendAsync([mail], ct);
    }

    /// <summary>Sends every mail over one connection, in order; stops at the first failure.</summary>
    public async Task SendAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mails);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException("No mail server is configured (Seminar:Mail:Host).");
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        foreach (var mail in mails)
        {
            await client.SendAsync(Compose(mail, settings), ct);
        }

        await client.DisconnectAsync(quit: true, ct);
    }

    private static MimeMessage Compose(OutgoingMail mail, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        if (mail.MessageId is not null)
        {
            message.MessageId = mail.MessageId;
        }

        foreach (var (name, value) in mail.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Add(name, value);
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}
