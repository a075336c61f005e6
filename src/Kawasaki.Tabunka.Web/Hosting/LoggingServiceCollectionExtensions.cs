using Serilog;

namespace Kawasaki.Tabunka.Web.Hosting;

public static class LoggingServiceCollectionExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section: plain console lines by default,
    /// compact JSON when <c>WriteTo</c> names the compact formatter (see the README).
    /// </summary>
    public static IServiceCollection AddTabunkaLogging(this IServiceCollection services)
    {
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .Enrich.With<ControlCharacterEscaper>());
        return services;
    }
}
