using System.CommandLine;
using Kawasaki.Tabunka.Tools.Commands;

namespace Kawasaki.Tabunka.Tools;

/// <summary>Exit codes shared by every verb, as the contracts give them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}

/// <summary>Where a verb reads and writes; tests pass their own writers and working directory.</summary>
public sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, string WorkingDirectory);

/// <summary>Bad usage found by a verb itself (a folder that cannot be found): exit code 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The command line, with System.CommandLine: verbs, options, help and parse errors. A parse
/// error or a <see cref="UsageException"/> is bad usage (exit code 2, the message and a hint to
/// <c>--help</c> on standard error); findings are 1; success 0.
/// </summary>
public static class Cli
{
    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var root = Root(context);
        var parsed = root.Parse(args.ToArray());
        if (parsed.Errors.Count > 0 || args.Count == 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"tabunka: {error.Message}");
            }

            context.Error.WriteLine("usage: dotnet run --project tools/Kawasaki.Tabunka.Tools -- VERB [options]; --help lists the verbs");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"{parsed.CommandResult.Command.Name}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Staff.Cluster.DatabaseErrors.IsUnavailable(e))
        {
            // The operator needs the reason, not a stack trace: nothing was changed.
            context.Error.WriteLine($"{parsed.CommandResult.Command.Name}: the database cannot be reached ({e.GetBaseException().Message}); nothing was changed");
            return ExitCodes.Findings;
        }
    }

    /// <summary>Every verb, in the order the help lists them.</summary>
    public static RootCommand Root(CommandContext context)
    {
        var root = new RootCommand("Kawasaki Tabunka: tools for authors, translators and operators.");
        foreach (var command in new[]
        {
            ContentVerbs.CheckContent(context),
            ContentVerbs.ContentStatus(context),
            ContentVerbs.StampSource(context),
            ContentVerbs.FactsNeeded(context),
            LocaleVerbs.CheckLocales(context),
            AnalysisVerbs.Tokenize(context),
            AnalysisVerbs.BuildDictionary(context),
            StaffVerbs.User(context),
            StaffVerbs.Banner(context),
            ClusterVerbs.Content(context),
            ClusterVerbs.Database(context),
            MirrorVerbs.Mirror(context),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
