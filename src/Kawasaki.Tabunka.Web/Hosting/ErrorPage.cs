using System.Net;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// The short page written when a request cannot be answered by a Razor page: an unhandled
/// error, too many searches. In the reader's language, never a stack trace, and written by
/// hand rather than rendered by Blazor so that it still works when rendering is what failed.
/// </summary>
public static class ErrorPage
{
    public static Task WriteAsync(HttpContext context, int status, string titleKey, string textKey, CancellationToken cancellationToken = default)
    {
        var language = context.Features.Get<RequestLanguageFeature>()?.Language
            ?? context.RequestServices.GetRequiredService<LanguageRegistry>().Default;
        var strings = context.RequestServices.GetRequiredService<LocaleCatalog>();
        string T(string key) => WebUtility.HtmlEncode(strings.Find(language.Id, key) ?? key);

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language.HtmlLang}" dir="{language.Dir}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{T(titleKey)}</title></head>
            <body><main><h1>{T(titleKey)}</h1><p>{T(textKey)}</p>
            <p><a href="/{language.Id}/">{T("NotFound.Home")}</a></p></main></body>
            </html>
            """, cancellationToken);
    }
}
