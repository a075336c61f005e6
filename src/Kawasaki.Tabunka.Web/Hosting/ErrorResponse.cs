using System.Net;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// The answer to an unhandled exception: a short page in the reader's language, never a
/// stack trace. It is written by hand rather than rendered by Blazor so that it still works
/// when rendering is what failed.
/// </summary>
public static class ErrorResponse
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kawasaki.Tabunka.Web.Errors");

        // A request the client got wrong (a forged form without its antiforgery token, a
        // malformed body) is the client's error: 400, logged as a warning.
        var status = error switch
        {
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
            BadHttpRequestException bad => bad.StatusCode,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status >= 500)
        {
            logger.LogError(error, "Unhandled exception for {Path}", context.Request.Path.Value);
        }
        else
        {
            logger.LogWarning("Refused {Path}: {Reason}", context.Request.Path.Value, error?.Message);
        }

        var language = context.Features.Get<RequestLanguageFeature>()?.Language
            ?? context.RequestServices.GetRequiredService<Core.Languages.LanguageRegistry>().Default;
        var strings = context.RequestServices.GetRequiredService<LocaleCatalog>();
        string T(string key) => WebUtility.HtmlEncode(strings.Find(language.Id, key) ?? key);

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language.HtmlLang}" dir="{language.Dir}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{T("Error.Title")}</title></head>
            <body><main><h1>{T("Error.Title")}</h1><p>{T("Error.Text")}</p>
            <p><a href="/{language.Id}/">{T("NotFound.Home")}</a></p></main></body>
            </html>
            """);
    }
}
