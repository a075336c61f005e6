using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// Sends <c>/</c> to the reader's language (remembered cookie, else <c>Accept-Language</c>)
/// and remembers a language the reader chose (<see cref="LanguageCookie.ChoiceQuery"/>), so
/// that coming back to <c>/</c> lands in it. When nothing is known, <c>/</c> falls through to
/// the language chooser.
/// </summary>
public sealed class LanguagePreferenceMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (isRead && context.Request.Path == "/")
        {
            context.Response.Headers.Vary = "Cookie, Accept-Language";
            if (context.Features.Get<RequestLanguageFeature>()?.Preferred is { } preferred)
            {
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Redirect(SiteUrls.Home(preferred.Id));
                return Task.CompletedTask;
            }
        }
        else if (isRead && context.Request.Query.ContainsKey(LanguageCookie.ChoiceQuery)
            && context.Features.Get<RequestLanguageFeature>() is { FromUrl: true } feature
            && context.Request.Cookies[LanguageCookie.Name] != feature.Language.Id)
        {
            context.Response.Cookies.Append(LanguageCookie.Name, feature.Language.Id, LanguageCookie.Options(context));
        }

        return next(context);
    }
}
