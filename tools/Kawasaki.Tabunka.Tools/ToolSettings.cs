using Kawasaki.Tabunka.Core.Configuration;

namespace Kawasaki.Tabunka.Tools;

/// <summary>
/// The paths a verb works on: the same <c>Tabunka__*</c> environment variables and
/// repository defaults as the site, so a tool and the site always look at the same folders.
/// </summary>
public static class ToolSettings
{
    public static TabunkaOptions Resolve(CommandContext context)
    {
        var options = new TabunkaOptions
        {
            ContentPath = Environment.GetEnvironmentVariable("Tabunka__ContentPath"),
            LocalesPath = Environment.GetEnvironmentVariable("Tabunka__LocalesPath"),
            DataPath = Environment.GetEnvironmentVariable("Tabunka__DataPath"),
        };
        TabunkaPaths.Resolve(options, [context.WorkingDirectory, AppContext.BaseDirectory]);
        return options;
    }

    /// <summary>A path as the user would type it: relative to the working directory when inside it.</summary>
    public static string Display(CommandContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
