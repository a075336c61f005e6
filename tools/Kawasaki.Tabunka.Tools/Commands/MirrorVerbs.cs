using System.CommandLine;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Mirror;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The verb that copies the public site into static files.</summary>
public static class MirrorVerbs
{
    /// <summary>
    /// <c>mirror DIR --site URL [--host NAME]</c>: every public page in every language, as the
    /// running site serves it, written to DIR for a web server to serve when no node answers.
    /// </summary>
    public static Command Mirror(CommandContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "the folder to write; replaced whole once every page is fetched, left as it was otherwise" };
        var site = new Option<string>("--site") { Required = true, Description = "the running site to copy, scheme and host only, e.g. http://127.0.0.1:5000" };
        var host = new Option<string?>("--host") { Description = "the Host header to send, when the site answers only to its public name (AllowedHosts)" };
        var command = new Command("mirror", "write every public page in every language as static files that any web server can serve") { directory, site, host };
        command.SetAction(parsed =>
        {
            var address = parsed.GetValue(site)!;
            if (!TabunkaPaths.IsOrigin(address))
            {
                throw new UsageException($"--site '{address}' is not a scheme and host such as http://127.0.0.1:5000");
            }

            var target = Path.GetFullPath(parsed.GetValue(directory)!, context.WorkingDirectory);
            using var client = new HttpClient(new SocketsHttpHandler
            {
                // A redirect or a cookie would make a page that is not the one everybody gets.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = System.Net.DecompressionMethods.None,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
            try
            {
                var result = new StaticMirror(client, new StaticMirrorOptions(Host: parsed.GetValue(host)))
                    .WriteAsync(target).GetAwaiter().GetResult();
                foreach (var skipped in result.Skipped)
                {
                    context.Error.WriteLine($"mirror: warning: left out {skipped} (the site does not have it)");
                }

                context.Out.WriteLine($"{ToolSettings.Display(context, target)}: {result.Pages} pages and {result.Files} other files in {result.Elapsed.TotalSeconds:F1} s");
                return ExitCodes.Ok;
            }
            catch (MirrorException e)
            {
                foreach (var problem in e.Problems)
                {
                    context.Out.WriteLine(problem);
                }

                context.Error.WriteLine($"mirror: {e.Message}; {ToolSettings.Display(context, target)} was left as it was");
                return ExitCodes.Findings;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"mirror: cannot write {ToolSettings.Display(context, target)}: {e.Message}");
                return ExitCodes.Findings;
            }
        });
        return command;
    }
}
