using System.Net;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Languages;

/// <summary>
/// Adding a language is one line in the registry and one locale file: a host whose registry
/// has French serves French pages, falls back for guides not yet in French, and searches in
/// French. Its own host (not the shared one), because the registry is fixed at start; in the
/// shared host's collection all the same, because two hosts built at the same moment in one
/// process can be mixed up by the test host factory.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AddedLanguageTests : IAsyncLifetime
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("tabunka-fr-").FullName;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        var content = Path.Combine(_scratch, "content");
        var locales = Path.Combine(_scratch, "locales");
        Repository.CopyDirectory(Repository.Content, content);
        Repository.CopyDirectory(Repository.Locales, locales);
        File.Copy(Path.Combine(locales, "en.json"), Path.Combine(locales, "fr.json"));
        File.WriteAllText(Path.Combine(content, "disaster", "call-119", "fr.md"), """
            ---
            title: Appeler le 119
            summary: Pour un incendie ou une urgence médicale, appelez le 119.
            updated: 2026-12-01
            ---

            Appelez le [119](tel:119) et dites 「救急です」.
            """);

        var registry = LanguageRegistry.From(new LanguageRegistry().All
            .Append(new Language("fr", "Français", "fr", "fr", "fr-FR", TextDirection.Ltr, LanguageRegistry.DefaultFallbacks, Script.Latin, SearchAnalysis.Folding)));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Tabunka:ContentPath", content);
            builder.UseSetting("Tabunka:LocalesPath", locales);
            builder.UseSetting("Tabunka:DataPath", Path.Combine(_scratch, "data"));
            builder.ConfigureServices(services => services.AddSingleton(registry));
        });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task The_new_language_has_pages_fallback_and_search()
    {
        var home = await _client.GetAsync("/fr/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("fr", (await Html.ParseAsync(await home.Content.ReadAsStringAsync())).DocumentElement.GetAttribute("lang"));

        var own = await Html.ParseAsync(await _client.GetStringAsync("/fr/disaster/call-119"));
        Assert.Equal("Appeler le 119", own.QuerySelector("article h1")!.TextContent);
        Assert.Equal("ja", own.QuerySelector(".guide-body span[lang=ja]")!.GetAttribute("lang"));

        var fallback = await Html.ParseAsync(await _client.GetStringAsync("/fr/disaster/disaster-map"));
        Assert.NotNull(fallback.QuerySelector(".notice-fallback"));
        Assert.Equal("ja", fallback.QuerySelector("article h1")!.GetAttribute("lang"));

        var search = await _client.GetStringAsync("/api/search?q=incendie&lang=fr");
        Assert.Contains("\"url\":\"/fr/disaster/call-119\"", search, StringComparison.Ordinal);
    }
}
