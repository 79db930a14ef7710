namespace NsfcSeminar.Web.Mail;

/// <summary>How the portal's mail leaves it: SMTP to <c>Seminar:Mail:Host</c>. Without a host the
/// portal sends nothing, and says so where it would (registration, saved searches).</summary>
public sealed class MailOptions
{
    public const string Section = "Seminar:Mail";

    /// <summary>The SMTP server's host name; none turns mail off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, such as <c>NsfcSeminar &lt;alerts@seminar.example.org&gt;</c>.</summary>
    public string From { get; set; } = "NsfcSeminar <alerts@nsfc-seminar.invalid>";

    /// <summary><c>None</c>, <c>StartTls</c> (required), <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    /// <summary>The SMTP account, when the server asks for one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
