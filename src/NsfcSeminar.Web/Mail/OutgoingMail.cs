using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace NsfcSeminar.Web.Mail;

/// <summary>A mail to send: the text and HTML bodies of one message, and its headers.</summary>
public sealed record OutgoingMail(
    string To,
    string Subject,
    string TextBody,
    string HtmlBody,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Headers = null);
