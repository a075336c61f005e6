namespace Kawasaki.Tabunka.Tools;

/// <summary>Finds the verb (longest match, so <c>user add</c> beats <c>user</c>) and runs it.</summary>
public static class Cli
{
    public static int Run(IReadOnlyList<string> args, CommandContext context, IReadOnlyList<ICommand> commands)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintHelp(context.Out, commands);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var match = commands
            .Select(c => (Command: c, Words: c.Name.Split(' ')))
            .Where(c => c.Words.Length <= args.Count && c.Words.Select((w, i) => args[i] == w).All(x => x))
            .OrderByDescending(c => c.Words.Length)
            .FirstOrDefault();
        if (match.Command is null)
        {
            context.Error.WriteLine($"unknown verb: {string.Join(' ', args.Take(2))}");
            PrintHelp(context.Error, commands);
            return ExitCodes.Usage;
        }

        try
        {
            return match.Command.Run(context, args.Skip(match.Words.Length).ToList());
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"{match.Command.Name}: {e.Message}");
            context.Error.WriteLine($"usage: {match.Command.Usage}");
            return ExitCodes.Usage;
        }
    }

    private static void PrintHelp(TextWriter writer, IReadOnlyList<ICommand> commands)
    {
        writer.WriteLine("usage: dotnet run --project tools/Kawasaki.Tabunka.Tools -- VERB [options]");
        writer.WriteLine();
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Usage}");
        }
    }
}
