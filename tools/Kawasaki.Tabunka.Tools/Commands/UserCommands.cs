using Kawasaki.Tabunka.Staff.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary><c>user add --email E --role R [--languages a,b]</c>: a staff account with a one-time password.</summary>
public sealed class UserAddCommand : ICommand
{
    public string Name => "user add";

    public string Usage => "user add --email E --role translator|editor|publisher|admin [--languages a,b]";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["email", "role", "languages"], []);
        var email = parsed.Option("email") ?? throw new UsageException("--email is required");
        var role = parsed.Option("role") ?? throw new UsageException("--role is required");
        var languages = (parsed.Option("languages") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return UserVerb.Run(context, admin => admin.AddAsync(StaffServices.Operator, email, role, languages));
    }
}

/// <summary><c>user disable|unlock|reset-password --email E</c>.</summary>
public sealed class UserChangeCommand(string verb) : ICommand
{
    public string Name => "user " + verb;

    public string Usage => $"user {verb} --email E";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["email"], []);
        var email = parsed.Option("email") ?? throw new UsageException("--email is required");
        return UserVerb.Run(context, admin => verb switch
        {
            "disable" => admin.DisableAsync(StaffServices.Operator, email),
            "unlock" => admin.UnlockAsync(StaffServices.Operator, email),
            _ => admin.ResetPasswordAsync(StaffServices.Operator, email),
        });
    }
}

internal static class UserVerb
{
    public static int Run(CommandContext context, Func<UserAdmin, Task<AccountResult>> action)
    {
        using var services = StaffServices.OpenAsync(context).GetAwaiter().GetResult();
        using var scope = services.CreateScope();
        var result = action(scope.ServiceProvider.GetRequiredService<UserAdmin>()).GetAwaiter().GetResult();
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
    }
}
