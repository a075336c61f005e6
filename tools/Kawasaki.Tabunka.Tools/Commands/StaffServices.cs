using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>
/// The staff services for operator verbs, over the same data path as the site (the
/// <c>Tabunka__*</c> environment variables or the repository defaults).
/// </summary>
internal static class StaffServices
{
    public static async Task<ServiceProvider> OpenAsync(CommandContext context)
    {
        var paths = ToolSettings.Resolve(context);
        if (paths.DataPath is null)
        {
            throw new UsageException("no data folder: set Tabunka__DataPath");
        }

        // The tool's configuration, with the paths as resolved from the working directory.
        var configuration = new ConfigurationBuilder().AddConfiguration(ToolSettings.Configuration()).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tabunka:ContentPath"] = paths.ContentPath,
            ["Tabunka:LocalesPath"] = paths.LocalesPath,
            ["Tabunka:DataPath"] = paths.DataPath,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddTabunkaCore(configuration);
        services.AddTabunkaStaff();
        var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        await StaffDatabase.MigrateAsync(provider.GetRequiredService<IDbContextFactory<StaffDbContext>>(), scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        return provider;
    }

    /// <summary>Who the audit log names for a command-line action.</summary>
    public static string Operator => "cli:" + Environment.UserName;

    /// <summary>Runs <paramref name="action"/> with the staff services open, and closes them.</summary>
    public static int With(CommandContext context, Func<IServiceProvider, Task<int>> action)
    {
        using var services = OpenAsync(context).GetAwaiter().GetResult();
        using var scope = services.CreateScope();
        return action(scope.ServiceProvider).GetAwaiter().GetResult();
    }
}
