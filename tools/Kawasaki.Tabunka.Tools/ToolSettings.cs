using Kawasaki.Tabunka.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace Kawasaki.Tabunka.Tools;

/// <summary>
/// The settings a verb works with: the <c>Tabunka</c> section bound as the site binds it, from
/// the tool's <c>appsettings.json</c> and then <c>Tabunka__*</c> environment variables, with
/// the same repository defaults, so a tool and the site always look at the same folders.
/// </summary>
public static class ToolSettings
{
    /// <summary>The configuration the verbs read (also handed to the staff services).</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The bound and resolved options; paths default to the repository above the working directory.</summary>
    public static TabunkaOptions Resolve(CommandContext context)
    {
        var options = Configuration().GetSection(TabunkaOptions.SectionName).Get<TabunkaOptions>() ?? new TabunkaOptions();
        TabunkaPaths.Resolve(options, [context.WorkingDirectory, AppContext.BaseDirectory]);
        return options;
    }

    /// <summary>The content folder of a verb: <c>--path DIR</c>, else the configured one.</summary>
    public static string ContentPath(CommandContext context, string? given) =>
        given is not null ? Path.GetFullPath(given, context.WorkingDirectory)
        : Resolve(context).ContentPath ?? throw new UsageException("no content folder: pass --path or set Tabunka__ContentPath");

    /// <summary>A path as the user would type it: relative to the working directory when inside it.</summary>
    public static string Display(CommandContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
