using System.Net;
using AngleSharp.Dom;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>An HTTP client for the staff area that keeps cookies and posts Blazor forms with their antiforgery token.</summary>
public sealed class StaffClient(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();
    private readonly Dictionary<string, string> _cookies = [];

    public void Dispose() => _client.Dispose();

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    /// <summary>Loads <paramref name="url"/>, fills the form <paramref name="formName"/> and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, Dictionary<string, string> fields, bool withToken = true)
    {
        using var page = await GetAsync(url);
        var document = await Html.ParseAsync(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelectorAll("form").First(f => f.QuerySelector($"input[name=_handler][value={formName}]") is not null);
        var values = new Dictionary<string, string> { ["_handler"] = formName };
        if (withToken)
        {
            values["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action") ?? url) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>The cookies held now, as a Cookie header (to replay them from another client).</summary>
    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Loads <paramref name="pageUrl"/> and posts its plain form whose action is <paramref name="action"/>, with the form's own fields and token.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string action, Dictionary<string, string>? fields = null)
    {
        using var page = await GetAsync(pageUrl);
        var document = await Html.ParseAsync(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelectorAll("form").First(f => f.GetAttribute("action") == action);
        var values = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields ?? [])
        {
            values[name] = value;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await SubmitAsync("/staff/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) => await Html.ParseAsync(await response.Content.ReadAsStringAsync());

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(pair[0]);
                }
                else
                {
                    _cookies[pair[0]] = pair[1];
                }
            }
        }

        return response;
    }
}
