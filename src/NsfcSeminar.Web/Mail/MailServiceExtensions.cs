using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Mail;

internal static class MailServiceExtensions
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        return services.AddSingleton<MailSender>();
    }
}
