using Microsoft.Extensions.Options;
using NsfcSeminar.Web.Mail;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>Every instance looks once a minute for a digest to run; the digest's lock lets one
/// of them do it. Off without a mail server, or where the tests drive the digest themselves.</summary>
internal sealed partial class DigestTimer(IServiceProvider services, IOptions<AlertOptions> options, MailSender mail, TimeProvider clock, ILogger<DigestTimer> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunOnSchedule || !mail.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckEverySeconds)), clock);
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DigestJob>().RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be out of reach for a while; the next tick tries again.
                CouldNotRun(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The digest could not run")]
    private static partial void CouldNotRun(ILogger logger, Exception exception);
}
