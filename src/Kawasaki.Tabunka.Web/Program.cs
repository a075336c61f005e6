using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Web.Hosting;
using Serilog;

// A logger for start-up, replaced by the configured one once the host is built, so that a
// bad configuration is still reported in a readable line.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    // The application folder, not the working directory, holds appsettings.json and wwwroot:
    // a published site then runs the same from any directory (a test host passes its own).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    // Serve wwwroot (and its precompressed copies) from the build output in every
    // environment, not only Development: `dotnet run` should behave like the published site.
    // A published folder has no static web assets manifest, so this changes nothing there.
    builder.WebHost.UseStaticWebAssets();

    // A pasted paragraph in the search box should get our 400 with a message, not the
    // server's bare 414 for a request line over 8 KB.
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 128 * 1024);
    builder.Services.AddTabunkaLogging();
    builder.Services.AddTabunkaCore(builder.Configuration);
    builder.Services.AddTabunkaSearch();
    builder.Services.AddTabunkaWeb();

    var app = builder.Build();
    app.UseTabunkaWeb();
    app.MapTabunkaWeb();
    app.Run();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The site could not start or stopped unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
