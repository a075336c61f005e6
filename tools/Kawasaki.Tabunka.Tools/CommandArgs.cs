namespace Kawasaki.Tabunka.Tools;

/// <summary>
/// The arguments after the verb: <c>--name value</c> options, <c>--flag</c> switches and
/// positional values. Verbs declare which options and switches they accept so that a typo
/// is a usage error rather than silently ignored.
/// </summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    private CommandArgs(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Switch(string name) => _switches.Contains(name);

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> on anything not declared.</summary>
    public static CommandArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> switches)
    {
        var positionals = new List<string>();
        var result = new CommandArgs(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inlineValue = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                inlineValue = name[(eq + 1)..];
                name = name[..eq];
            }

            if (switches.Contains(name) && inlineValue is null)
            {
                result._switches.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value"));
                if (!result._options.TryAdd(name, value))
                {
                    throw new UsageException($"--{name} given twice");
                }
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }
        }

        return result;
    }
}

/// <summary>Bad usage: the verb prints its usage and exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
