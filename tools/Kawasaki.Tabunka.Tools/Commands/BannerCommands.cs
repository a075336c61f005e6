using System.Globalization;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>
/// <c>banner set --ja-easy TEXT --en TEXT [--LANG TEXT]... [--from T] [--until T]</c>: the
/// emergency banner from the command line, for when the staff area is unreachable. Times
/// are Japan time, <c>yyyy-MM-ddTHH:mm</c>; without <c>--from</c> it shows at once.
/// </summary>
public sealed class BannerSetCommand : ICommand
{
    public string Name => "banner set";

    public string Usage => "banner set --ja-easy TEXT --en TEXT [--vi TEXT ...] [--from yyyy-MM-ddTHH:mm] [--until yyyy-MM-ddTHH:mm]";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var languages = new LanguageRegistry();
        var parsed = CommandArgs.Parse(args, [.. languages.All.Select(l => l.Id), "from", "until"], []);
        var texts = languages.All.Where(l => parsed.Option(l.Id) is not null).ToDictionary(l => l.Id, l => parsed.Option(l.Id)!.Trim());
        var now = DateTime.UtcNow;
        var starts = parsed.Option("from") is { } from ? JapanTime.ToUtc(ParseTime(from)) : now;
        var ends = parsed.Option("until") is { } until ? JapanTime.ToUtc(ParseTime(until)) : (DateTime?)null;
        var problems = EmergencyBanner.Validate(texts, starts, ends, languages);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"banner set: {problem}");
            }

            return ExitCodes.Findings;
        }

        using var services = StaffServices.OpenAsync(context).GetAwaiter().GetResult();
        services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(texts, starts, ends, StaffServices.Operator, now));
        services.GetRequiredService<AuditLog>().WriteAsync(StaffServices.Operator, "banner-set", null, string.Join(" | ", texts.Select(kv => $"{kv.Key}: {kv.Value}"))).GetAwaiter().GetResult();
        context.Out.WriteLine($"banner set from {JapanTime.Format(starts)}{(ends is null ? "" : $" until {JapanTime.Format(ends.Value)}")} in {string.Join(", ", texts.Keys)}");
        return ExitCodes.Ok;
    }

    private static DateTime ParseTime(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new UsageException($"'{text}' is not a time like 2026-11-28T18:00 (Japan time)");
}

/// <summary><c>banner clear</c>: removes the emergency banner.</summary>
public sealed class BannerClearCommand : ICommand
{
    public string Name => "banner clear";

    public string Usage => "banner clear";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        CommandArgs.Parse(args, [], []);
        using var services = StaffServices.OpenAsync(context).GetAwaiter().GetResult();
        services.GetRequiredService<BannerStore>().Clear();
        services.GetRequiredService<AuditLog>().WriteAsync(StaffServices.Operator, "banner-clear").GetAwaiter().GetResult();
        context.Out.WriteLine("banner cleared");
        return ExitCodes.Ok;
    }
}
