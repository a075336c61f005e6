using System.CommandLine;
using System.Globalization;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Banner;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The operator's verbs: staff accounts and the emergency banner, on the site's own data folder.</summary>
public static class StaffVerbs
{
    /// <summary><c>user add|disable|unlock|reset-password|set-role</c>.</summary>
    public static Command User(CommandContext context)
    {
        var user = new Command("user", "staff accounts: there is no default account; every account starts with a one-time password");

        var email = Email();
        var role = Role();
        var languages = Languages();
        var add = new Command("add", "create an account and print its one-time password") { email, role, languages };
        add.SetAction(parsed => Run(context, admin => admin.AddAsync(StaffServices.Operator, parsed.GetValue(email)!, parsed.GetValue(role)!, List(parsed.GetValue(languages)))));
        user.Subcommands.Add(add);

        foreach (var (verb, description) in new[]
        {
            ("disable", "stop the account from signing in and end its sessions"),
            ("unlock", "let a disabled account sign in again"),
            ("reset-password", "replace the password with a one-time one and end the account's sessions"),
        })
        {
            var target = Email();
            var change = new Command(verb, description) { target };
            change.SetAction(parsed => Run(context, admin => verb switch
            {
                "disable" => admin.DisableAsync(StaffServices.Operator, parsed.GetValue(target)!),
                "unlock" => admin.UnlockAsync(StaffServices.Operator, parsed.GetValue(target)!),
                _ => admin.ResetPasswordAsync(StaffServices.Operator, parsed.GetValue(target)!),
            }));
            user.Subcommands.Add(change);
        }

        var who = Email();
        var newRole = Role();
        var newLanguages = Languages();
        var setRole = new Command("set-role", "give the account another role (and languages) and end its sessions") { who, newRole, newLanguages };
        setRole.SetAction(parsed => Run(context, admin => admin.SetRoleAsync(StaffServices.Operator, parsed.GetValue(who)!, parsed.GetValue(newRole)!, List(parsed.GetValue(newLanguages)))));
        user.Subcommands.Add(setRole);
        return user;
    }

    /// <summary><c>banner set|clear</c>: the emergency banner, for when the staff area is unreachable.</summary>
    public static Command Banner(CommandContext context)
    {
        var registry = new LanguageRegistry();
        var banner = new Command("banner", "the emergency banner at the top of every public page");

        var texts = registry.All.ToDictionary(l => l.Id, l => new Option<string?>("--" + l.Id) { Description = $"the text in {l.NativeName}" + (Core.Banner.EmergencyBanner.RequiredLanguages.Contains(l.Id) ? " (required)" : "") });
        var from = new Option<string?>("--from") { Description = "when it starts, Japan time yyyy-MM-ddTHH:mm (default: now)" };
        var until = new Option<string?>("--until") { Description = "when it ends, Japan time yyyy-MM-ddTHH:mm (default: until cleared)" };
        var template = new Option<string?>("--template") { Description = "start from a prepared banner (content/banners/NAME): its texts in every language and its guide link; --{lang} options replace single texts" };
        var set = new Command("set", "show a banner on every public page") { from, until, template };
        foreach (var option in texts.Values)
        {
            set.Options.Add(option);
        }

        set.SetAction(parsed =>
        {
            var given = new Dictionary<string, string>(StringComparer.Ordinal);
            string? guide = null;
            if (parsed.GetValue(template) is { } name)
            {
                var library = new Core.Content.ContentLoader(registry).Load(ToolSettings.ContentPath(context, null));
                if (library.BannerTemplates.FirstOrDefault(t => t.Id == name) is not { } prepared)
                {
                    throw new UsageException($"no prepared banner '{name}' (prepared: {string.Join(", ", library.BannerTemplates.Select(t => t.Id))})");
                }

                foreach (var (language, text) in prepared.Texts)
                {
                    given[language] = text;
                }

                guide = prepared.Guide;
            }

            foreach (var (language, option) in texts)
            {
                if (parsed.GetValue(option) is { } text)
                {
                    given[language] = text.Trim();
                }
            }

            var starts = parsed.GetValue(from) is { } f ? JapanTime.ToUtc(ParseTime(f)) : DateTime.UtcNow;
            DateTime? ends = parsed.GetValue(until) is { } u ? JapanTime.ToUtc(ParseTime(u)) : null;
            return StaffServices.With(context, async services =>
            {
                var result = await services.GetRequiredService<BannerService>().SetAsync(Staff.StaffActor.Operator(StaffServices.Operator), given, starts, ends, guide);
                foreach (var problem in result.Problems)
                {
                    context.Error.WriteLine($"banner set: {problem}");
                }

                if (!result.Succeeded)
                {
                    return ExitCodes.Findings;
                }

                context.Out.WriteLine($"banner set from {JapanTime.Format(starts)}{(ends is null ? "" : $" until {JapanTime.Format(ends.Value)}")} in {string.Join(", ", given.Keys)}");
                return ExitCodes.Ok;
            });
        });
        banner.Subcommands.Add(set);

        var clear = new Command("clear", "remove the banner");
        clear.SetAction(_ => StaffServices.With(context, async services =>
        {
            var result = await services.GetRequiredService<BannerService>().ClearAsync(Staff.StaffActor.Operator(StaffServices.Operator));
            context.Out.WriteLine(result.Succeeded ? "banner cleared" : string.Join("; ", result.Problems));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        banner.Subcommands.Add(clear);
        return banner;
    }

    private static Option<string> Email() => new("--email") { Required = true, Description = "the account's e-mail address" };

    private static Option<string> Role()
    {
        var role = new Option<string>("--role") { Required = true, Description = "translator, editor, publisher or admin" };
        role.AcceptOnlyFromAmong([.. Kawasaki.Tabunka.Staff.Data.StaffRoles.All]);
        return role;
    }

    private static Option<string?> Languages() => new("--languages") { Description = "for translators: the language ids they edit, e.g. vi,en" };

    private static List<string> List(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static int Run(CommandContext context, Func<UserAdmin, Task<AccountResult>> action) => StaffServices.With(context, async services =>
    {
        var result = await action(services.GetRequiredService<UserAdmin>());
        if (!result.Succeeded)
        {
            context.Error.WriteLine(result.Message);
            return ExitCodes.Findings;
        }

        context.Out.WriteLine(result.Message);
        if (result.Password is not null)
        {
            context.Out.WriteLine($"one-time password: {result.Password}");
            context.Out.WriteLine("Give it to the person privately; they must choose their own password at first sign-in.");
        }

        return ExitCodes.Ok;
    });

    private static DateTime ParseTime(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new UsageException($"'{text}' is not a time like 2026-11-28T18:00 (Japan time)");
}
