using AngleSharp;
using AngleSharp.Dom;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>Parses HTML responses so tests assert on elements, not on substrings.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(string html) => await Context.OpenAsync(r => r.Content(html));

    /// <summary>The text a reader sees with furigana off: ruby readings and their brackets left out.</summary>
    public static string BaseText(this IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var reading in copy.QuerySelectorAll("rt, rp").ToList())
        {
            reading.Remove();
        }

        return copy.TextContent;
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
