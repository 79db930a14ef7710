namespace NsfcSeminar.Web.Features.Audit;

internal static class AuditServiceExtensions
{
    /// <summary>The audit log every feature writes its lines to, and the administrators' page
    /// that reads it.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddScoped<AuditLog>()
        .AddSingleton<AuditQuery>();
}
