using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Core.Languages;

internal static class LanguagesServiceCollectionExtensions
{
    /// <summary>Registers the language table and the <c>Accept-Language</c> negotiator.</summary>
    public static IServiceCollection AddTabunkaLanguages(this IServiceCollection services)
    {
        services.AddSingleton<LanguageRegistry>();
        services.AddSingleton<LanguageNegotiator>();
        return services;
    }
}
