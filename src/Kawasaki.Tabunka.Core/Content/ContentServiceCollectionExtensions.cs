using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kawasaki.Tabunka.Core.Content;

internal static class ContentServiceCollectionExtensions
{
    /// <summary>The live guides (loaded at start, reloaded on change) and their renderer.</summary>
    public static IServiceCollection AddTabunkaContent(this IServiceCollection services)
    {
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<ContentStore>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentStore>());
        services.AddSingleton<GuideRenderer>();
        return services;
    }
}
