namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The content folder of a verb: <c>--path DIR</c>, else the configured one.</summary>
internal static class ContentRoot
{
    public static string Resolve(CommandContext context, IReadOnlyList<string> args, params string[] switches)
    {
        var parsed = CommandArgs.Parse(args, ["path"], switches);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'");
        }

        return Resolve(context, parsed);
    }

    public static string Resolve(CommandContext context, CommandArgs parsed)
    {
        var root = parsed.Option("path") is { } given
            ? Path.GetFullPath(given, context.WorkingDirectory)
            : ToolSettings.Resolve(context).ContentPath;
        return root ?? throw new UsageException("no content folder: pass --path or set Tabunka__ContentPath");
    }
}
