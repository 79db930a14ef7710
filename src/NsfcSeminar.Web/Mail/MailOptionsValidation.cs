using Microsoft.Extensions.Options;
using MimeKit;

namespace NsfcSeminar.Web.Mail;

/// <summary>Refuses to start with mail settings that could not work, naming the setting to fix;
/// checked at start-up, not at the first mail a reader waits for.</summary>
internal sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Seminar:Mail:Port is {options.Port}; it must be a port number from 1 to 65535.");
        }

        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"Seminar:Mail:From is '{options.From}', which is not an e-mail address (NsfcSeminar <alerts@example.org>).");
        }

        if (!Enum.TryParse<MailKit.Security.SecureSocketOptions>(options.Security, ignoreCase: true, out var security)
            || security == MailKit.Security.SecureSocketOptions.Auto)
        {
            failures.Add($"Seminar:Mail:Security is '{options.Security}'; use None, StartTls, StartTlsWhenAvailable or SslOnConnect.");
        }

        if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Seminar:Mail:UserName and Seminar:Mail:Password go together: set both, or neither.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
