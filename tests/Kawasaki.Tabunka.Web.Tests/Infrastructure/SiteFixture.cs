using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Serilog.Core;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>
/// The one web host of the test run: the real site on Kestrel at a free loopback port, over a
/// scratch copy of the repository's content (tests may edit it), plus one Chromium shared by
/// the browser tests and started on first use.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("tabunka-site-").FullName;
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private Task<IBrowser>? _browser;

    public string ContentPath => Path.Combine(_scratch, "content");

    public string DataPath => Path.Combine(_scratch, "data");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The same site reached from ::1, the address it trusts as its reverse proxy.</summary>
    public Uri ProxyAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Every log event the host wrote, as its sinks received it.</summary>
    public LogCapture Logs { get; } = new();

    public Task InitializeAsync()
    {
        Repository.CopyDirectory(Repository.Content, ContentPath);
        TestGuides.WriteInto(ContentPath);
        _factory = new SiteFactory(ContentPath, DataPath, Logs);
        _factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.IPv6Loopback, 0);
        });
        _factory.StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        BaseAddress = addresses.Single(a => a.Host == "127.0.0.1");
        ProxyAddress = addresses.Single(a => a.Host == "[::1]");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A client that shows responses as they are: no redirects followed, no cookies kept, no
    /// automatic decompression unless asked for.
    /// </summary>
    /// <param name="decompress">Whether to decompress responses.</param>
    /// <param name="viaProxy">Connect from ::1, the address the host trusts as its reverse proxy
    /// (<c>Tabunka:Proxy:KnownProxies</c>), so that its X-Forwarded-* headers count; other
    /// clients connect from 127.0.0.1, whose forwarded headers are ignored.</param>
    public HttpClient CreateClient(bool decompress = true, bool viaProxy = false) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
    })
    { BaseAddress = viaProxy ? ProxyAddress : BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The shared Chromium, Debian's build (Playwright's own download does not work here).</summary>
    public Task<IBrowser> Browser() => _browser ??= LaunchBrowser();

    /// <summary>A fresh context (cookies, viewport) on the shared browser, phone-sized by default.</summary>
    public async Task<IBrowserContext> NewPhoneContext(int width = 360, int height = 740)
    {
        var browser = await Browser();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseAddress.ToString(),
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
        });
    }

    private async Task<IBrowser> LaunchBrowser()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TABUNKA_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await (await _browser).DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the host is left in the temp folder; nothing depends on it.
        }
    }

    private sealed class SiteFactory(string contentPath, string dataPath, LogCapture logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Tabunka:ContentPath", contentPath);
            builder.UseSetting("Tabunka:DataPath", dataPath);
            builder.UseSetting("Tabunka:LocalesPath", Repository.Locales);
            // Check staff sessions on every request, so a disabled account is seen at once.
            builder.UseSetting("Tabunka:Staff:SessionCheckSeconds", "0");

            // The reverse proxy in front, as in the nginx recipe: only its forwarded headers count.
            builder.UseSetting("Tabunka:Proxy:KnownProxies:0", "::1");

            // Serilog takes extra sinks from the services (ReadFrom.Services).
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(logs));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
