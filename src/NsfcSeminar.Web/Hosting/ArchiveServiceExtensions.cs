using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Interchange;

namespace NsfcSeminar.Web.Hosting;

/// <summary>The services the portal and its import and export commands share, composed once so
/// that a dependency added for one is there for the other (a test builds the commands' host).</summary>
internal static class ArchiveServiceExtensions
{
    public static IServiceCollection AddArchiveServices(this IServiceCollection services, string connectionString, IConfiguration configuration) => services
        .AddSeminarData(connectionString)
        .AddActing()
        .AddInterchange(configuration);
}
