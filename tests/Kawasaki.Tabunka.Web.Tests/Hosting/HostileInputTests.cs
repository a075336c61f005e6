using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Hosting;

/// <summary>
/// The hostile-input set (<c>hostile-inputs.tsv</c>): malformed URLs, hostile queries, forged
/// headers and forms, broken front matter and dangerous Markdown, each sent to the one test
/// host. Every case must get the expected class of answer, never a 5xx, never a stack trace,
/// and nothing it sent may come back as live markup, a script link or a redirect elsewhere.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class HostileInputTests(SiteFixture site) : IDisposable
{
    private const string GuidePath = "living/test-hostile";

    // Its own client, because one case sends a raw byte above 0x7F in a header (as Latin-1),
    // which the shared client refuses to send.
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
    })
    { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static TheoryData<int, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hosting", "hostile-inputs.tsv"));
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            Assert.True(columns.Length == 4, $"hostile-inputs.tsv line {i + 1} has {columns.Length} columns, not 4");
            data.Add(i + 1, columns[0], columns[1], Unescape(columns[2]), columns[3]);
        }

        return data;
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_input_gets_a_clear_answer_and_nothing_of_it_comes_back_live(int line, string kind, string target, string payload, string expected)
    {
        using var response = await SendAsync(kind, target, payload);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var because = $"line {line} ({kind} {Shorten(target)} {Shorten(payload)}) answered {status}";

        Assert.True(status < 500, because);
        Assert.True(expected[0] == (char)('0' + (status / 100)), $"{because}, expected {expected}");
        Assert.False(StackTrace().IsMatch(body), $"{because} with a stack trace");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var live = LiveMarkup(await Html.ParseAsync(body), allowForeignLinks: kind == "markdown");
            Assert.True(live is null, $"{because} with live markup: {live}");
        }
        else
        {
            // JSON and text answers: the encoder must have escaped any markup that was sent.
            Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        }

        // Header injection: nothing the request carried becomes a header of its own.
        Assert.False(response.Headers.Contains("Location") && response.Headers.Location!.IsAbsoluteUri && response.Headers.Location.Host != _client.BaseAddress!.Host, $"{because} redirecting to {response.Headers.Location}");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("x=", StringComparison.Ordinal)), $"{because} with an injected cookie");
        if (response.Headers.Location is { } location)
        {
            Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal), $"{because} redirecting to {location}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string kind, string target, string payload)
    {
        switch (kind)
        {
            case "path":
            case "query":
                return await _client.GetAsync(new Uri(target, UriKind.Relative));
            case "header":
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, target);
                    var colon = payload.IndexOf(':', StringComparison.Ordinal);
                    var (name, value) = (payload[..colon], payload[(colon + 1)..].TrimStart());
                    if (name == "Host")
                    {
                        request.Headers.Host = value;
                    }
                    else
                    {
                        Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"header {name} could not be sent");
                    }

                    return await _client.SendAsync(request);
                }

            case "form":
                {
                    var content = new StringContent(payload, Encoding.UTF8, "application/x-www-form-urlencoded");
                    return await _client.PostAsync(target, content);
                }

            case "frontmatter":
                WriteGuide($"---\n{payload}\n---\n\nText.\n");
                return await _client.GetAsync(target);
            case "markdown":
                WriteGuide(TestGuides.Simple("Hostile", source: SourceRevision(), body: payload));
                return await _client.GetAsync(target);
            default:
                throw new InvalidOperationException($"Unknown kind of hostile input: {kind}");
        }
    }

    /// <summary>Puts the hostile English version beside a sound source and reloads, as a save by
    /// a translator would; the source is written on first use.</summary>
    private void WriteGuide(string english)
    {
        var folder = Path.Combine(site.ContentPath, TestGuides.Topic, "test-hostile");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ja-easy.md"), Source);
        File.WriteAllText(Path.Combine(folder, "en.md"), english);
        site.Services.GetRequiredService<ContentStore>().Reload();
    }

    private static readonly string Source = TestGuides.Simple("{危|あぶ}ない {入力|にゅうりょく}の {試験|しけん}");

    private static string SourceRevision() => Revision.Of(GuideFile.Parse(Source).Body);

    /// <summary>Reads the payload column: <c>\n</c>, <c>\t</c>, <c>\\</c> and <c>\uXXXX</c>.</summary>
    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n':
                    result.Append('\n');
                    break;
                case 't':
                    result.Append('\t');
                    break;
                case 'u':
                    result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    result.Append(next);
                    break;
            }
        }

        return result.ToString();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + $"…({text.Length})";

    /// <summary>A .NET stack frame or exception type name as an error page would show them.</summary>
    [GeneratedRegex(@"\bat [A-Z][\w`]*(\.[\w`<>]+)+\(|\b\w+Exception\b|\bSystem\.[A-Z]\w+\.")]
    private static partial Regex StackTrace();

    /// <summary>
    /// The first element a hostile input could have brought alive, or null: a script that is not
    /// a file of the site's own, a frame or object, an event-handler attribute, a script or data URL (the
    /// site's empty icon <c>data:,</c> aside), or a link, form or resource on the attacker's host.
    /// A guide may link to other sites (an editor's choice), so Markdown cases may link out.
    /// </summary>
    private static string? LiveMarkup(IDocument page, bool allowForeignLinks)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName is "iframe" or "object" or "embed" or "frame"
                || (element.LocalName == "script" && !IsOwnScript(element.GetAttribute("src"))))
            {
                return element.OuterHtml;
            }

            foreach (var attribute in element.Attributes)
            {
                var value = new string(attribute.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
                var isUrl = attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" or "content";
                if (attribute.Name.StartsWith("on", StringComparison.Ordinal)
                    || (isUrl && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)
                        || (value.StartsWith("data:", StringComparison.Ordinal) && value != "data:,")))
                    || (isUrl && value.Contains("//evil.example", StringComparison.Ordinal) && !(allowForeignLinks && element.LocalName == "a")))
                {
                    return element.OuterHtml.Length > 200 ? element.OuterHtml[..200] : element.OuterHtml;
                }
            }
        }

        return null;
    }

    private static bool IsOwnScript(string? src) => src is not null && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal);
}
