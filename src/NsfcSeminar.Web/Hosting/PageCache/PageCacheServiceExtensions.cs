using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>The shared cache of anonymous reading pages and its eviction by change notifications (ADR-019).</summary>
internal static class PageCacheServiceExtensions
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReaderPagePolicy>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>().Configure<IServiceProvider>((cache, provider) =>
        {
            cache.SizeLimit = provider.GetRequiredService<IOptions<PageCacheOptions>>().Value.SizeMegabytes * 1024L * 1024L;
            cache.AddBasePolicy(provider.GetRequiredService<ReaderPagePolicy>());
        });
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PageCacheSaveEviction>();
        services.AddSingleton<PageCacheEviction>();
        services.AddHostedService(provider => provider.GetRequiredService<PageCacheEviction>());
        return services;
    }
}
