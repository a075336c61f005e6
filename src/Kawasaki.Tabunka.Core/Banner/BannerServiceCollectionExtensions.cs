using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Core.Banner;

internal static class BannerServiceCollectionExtensions
{
    /// <summary>The emergency banner file, watched for changes.</summary>
    public static IServiceCollection AddTabunkaBanner(this IServiceCollection services) => services.AddSingleton<BannerStore>();
}
