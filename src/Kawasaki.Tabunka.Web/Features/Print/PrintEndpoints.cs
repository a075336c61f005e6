using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Features.Print;

/// <summary>
/// <c>/g/{id}</c>, the language-neutral address a leaflet's QR code holds: a redirect to the
/// guide in the language the phone remembers or asks for (a leaflet printed in Japanese opens
/// in Nepali on a Nepali speaker's phone), English when it asks for none we have.
/// </summary>
public static class PrintEndpoints
{
    public static IEndpointRouteBuilder MapPrint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/g/{id}", Hosting.ReadMethods.All, (string id, HttpContext context, ContentStore content, LanguageRegistry languages) =>
        {
            if (content.Current.Find(id) is not { } guide)
            {
                return Results.NotFound();
            }

            var language = context.Features.Get<RequestLanguageFeature>()?.Preferred ?? languages.Default;
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.Vary = "Cookie, Accept-Language";
            return Results.Redirect(SiteUrls.Guide(language.Id, guide.Topic, guide.Id));
        });
        return app;
    }
}
