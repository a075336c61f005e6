using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Localization;

internal static class LocalesServiceCollectionExtensions
{
    /// <summary>Registers the UI strings of every language, loaded once from the locales path.</summary>
    public static IServiceCollection AddTabunkaLocales(this IServiceCollection services)
    {
        services.AddSingleton(sp => LocaleCatalog.Load(
            sp.GetRequiredService<IOptions<TabunkaOptions>>().Value.LocalesPath!,
            sp.GetRequiredService<LanguageRegistry>()));
        return services;
    }
}
