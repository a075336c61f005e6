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

    [Theory]
    [InlineData("https://tabunka.example.jp")]
    [InlineData("https://tabunka.example.jp/")]
    [InlineData("http://localhost:8080")]
    public void A_public_origin_of_scheme_and_host_is_accepted(string origin)
    {
        Assert.Empty(TabunkaPaths.Validate(Valid(o => o.PublicOrigin = origin)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("tabunka.example.jp")]
    [InlineData("https://tabunka.example.jp/site/")]
    [InlineData("https://tabunka.example.jp/?a=1")]
    [InlineData("ftp://tabunka.example.jp")]
    public void A_public_origin_with_a_path_or_another_scheme_is_refused_with_an_example(string origin)
    {
        var problem = Assert.Single(TabunkaPaths.Validate(Valid(o => o.PublicOrigin = origin)));
        Assert.Contains($"'{origin}'", problem, StringComparison.Ordinal);
        Assert.Contains("https://", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxies_and_networks_that_are_not_addresses_are_named()
    {
        var problems = TabunkaPaths.Validate(Valid(o =>
        {
            o.Proxy.KnownProxies.AddRange(["10.0.0.1", "::1", "proxy.local"]);
            o.Proxy.KnownNetworks.AddRange(["10.0.0.0/8", "10.0.0.0/33"]);
        }));
        Assert.Equal(
            ["Tabunka:Proxy:KnownProxies: 'proxy.local' is not an IP address.", "Tabunka:Proxy:KnownNetworks: '10.0.0.0/33' is not a network like 10.0.0.0/8."],
            problems);
    }

    [Fact]
    public void Limits_below_their_range_are_refused()
    {
        var problems = TabunkaPaths.Validate(Valid(o =>
        {
            o.Search.RequestsPerMinute = 0;
            o.Staff.SessionCheckSeconds = -1;
        }));
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void A_mirror_folder_of_its_own_and_an_origin_of_scheme_and_host_are_accepted()
    {
        var options = Valid(o =>
        {
            o.Mirror.Path = Path.Combine(Path.GetTempPath(), "tabunka-mirror");
            o.Mirror.Origin = "http://127.0.0.1:5000";
        });
        Assert.Empty(TabunkaPaths.Validate(options));
    }

    [Fact]
    public void A_relative_mirror_path_is_made_absolute()
    {
        var options = new TabunkaOptions { Mirror = { Path = "mirror" } };
        TabunkaPaths.Resolve(options, [AppContext.BaseDirectory]);
        Assert.Equal(Path.GetFullPath("mirror"), options.Mirror.Path);
    }

    [Fact]
    public void A_mirror_inside_a_watched_folder_or_an_origin_with_a_path_is_refused()
    {
        var inside = TabunkaPaths.Validate(Valid(o => o.Mirror.Path = Path.Combine(o.ContentPath!, "mirror")));
        Assert.Contains("is inside Tabunka:ContentPath", Assert.Single(inside), StringComparison.Ordinal);
        var same = TabunkaPaths.Validate(Valid(o => o.Mirror.Path = o.LocalesPath));
        Assert.Contains("is inside Tabunka:LocalesPath", Assert.Single(same), StringComparison.Ordinal);
        var origin = TabunkaPaths.Validate(Valid(o => o.Mirror.Origin = "http://127.0.0.1:5000/site"));
        Assert.Contains("Tabunka:Mirror:Origin", Assert.Single(origin), StringComparison.Ordinal);
    }

    private static TabunkaOptions Valid(Action<TabunkaOptions> change)
    {
        var options = new TabunkaOptions();
        TabunkaPaths.Resolve(options, [AppContext.BaseDirectory]);
        change(options);
        return options;
    }
}
