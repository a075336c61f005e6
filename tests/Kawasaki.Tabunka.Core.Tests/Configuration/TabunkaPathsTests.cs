using Kawasaki.Tabunka.Core.Configuration;

namespace Kawasaki.Tabunka.Core.Tests.Configuration;

public class TabunkaPathsTests
{
    private static readonly string Repository = TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("tests run inside the repository");

    [Fact]
    public void Unset_paths_default_to_the_repository_folders()
    {
        var options = new TabunkaOptions();
        TabunkaPaths.Resolve(options, [AppContext.BaseDirectory]);
        Assert.Equal(Path.Combine(Repository, "content"), options.ContentPath);
        Assert.Equal(Path.Combine(Repository, "locales"), options.LocalesPath);
        Assert.Equal(Path.Combine(Repository, "data"), options.DataPath);
        Assert.Empty(TabunkaPaths.Validate(options));
    }

    [Fact]
    public void The_data_path_defaults_to_a_data_folder_beside_the_configured_content()
    {
        var options = new TabunkaOptions { ContentPath = "/srv/tabunka/content/" };
        TabunkaPaths.Resolve(options, []);
        Assert.Equal("/srv/tabunka/data", options.DataPath);
    }

    [Fact]
    public void Without_a_repository_or_configuration_validation_says_what_to_set()
    {
        var options = new TabunkaOptions();
        TabunkaPaths.Resolve(options, [Path.GetTempPath()]);
        var problems = TabunkaPaths.Validate(options);
        Assert.Contains(problems, p => p.StartsWith("Tabunka:ContentPath is not set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Tabunka:LocalesPath is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configured_folder_that_does_not_exist_is_named_in_the_error()
    {
        var options = new TabunkaOptions { ContentPath = "/nowhere/content", LocalesPath = Path.Combine(Repository, "locales") };
        TabunkaPaths.Resolve(options, []);
        Assert.Equal(["Tabunka:ContentPath '/nowhere/content' does not exist."], TabunkaPaths.Validate(options));
    }
}
