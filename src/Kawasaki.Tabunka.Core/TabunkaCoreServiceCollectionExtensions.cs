using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Core;

public static class TabunkaCoreServiceCollectionExtensions
{
    /// <summary>Everything the site and the tools share: options, languages, UI strings, guides, the emergency banner.</summary>
    public static IServiceCollection AddTabunkaCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTabunkaOptions(configuration);
        services.AddTabunkaLanguages();
        services.AddTabunkaLocales();
        services.AddTabunkaContent();
        services.AddTabunkaBanner();
        return services;
    }
}
