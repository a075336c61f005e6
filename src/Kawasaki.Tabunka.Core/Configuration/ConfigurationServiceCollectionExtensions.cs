using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Configuration;

internal static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TabunkaOptions"/>, fills defaults from the repository layout and
    /// validates at start, so a wrong path stops the app at boot with a clear message.
    /// </summary>
    public static IServiceCollection AddTabunkaOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TabunkaOptions>()
            .Bind(configuration.GetSection(TabunkaOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<TabunkaOptions>, ResolveTabunkaPaths>();
        services.AddSingleton<IValidateOptions<TabunkaOptions>, ValidateTabunkaPaths>();
        return services;
    }

    private sealed class ResolveTabunkaPaths(IHostEnvironment? environment = null) : IPostConfigureOptions<TabunkaOptions>
    {
        public void PostConfigure(string? name, TabunkaOptions options)
        {
            var starts = new List<string> { Environment.CurrentDirectory };
            if (environment is not null)
            {
                starts.Add(environment.ContentRootPath);
            }

            starts.Add(AppContext.BaseDirectory);
            TabunkaPaths.Resolve(options, starts);
        }
    }

    private sealed class ValidateTabunkaPaths : IValidateOptions<TabunkaOptions>
    {
        public ValidateOptionsResult Validate(string? name, TabunkaOptions options)
        {
            var problems = TabunkaPaths.Validate(options);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
