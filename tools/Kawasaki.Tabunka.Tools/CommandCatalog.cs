namespace Kawasaki.Tabunka.Tools;

/// <summary>Every verb the tool knows, in the order the help lists them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All() =>
    [
        new Commands.CheckContentCommand(),
        new Commands.ContentStatusCommand(),
        new Commands.StampSourceCommand(),
        new Commands.CheckLocalesCommand(),
        new Commands.TokenizeCommand(),
        new Commands.BuildDictionaryCommand(),
        new Commands.UserAddCommand(),
        new Commands.UserChangeCommand("disable"),
        new Commands.UserChangeCommand("unlock"),
        new Commands.UserChangeCommand("reset-password"),
        new Commands.BannerSetCommand(),
        new Commands.BannerClearCommand(),
    ];
}
