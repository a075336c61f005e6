using Microsoft.AspNetCore.Routing;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// <c>HEAD</c> wherever <c>GET</c> is answered: uptime monitors and link checkers ask with
/// <c>HEAD</c>, and a 404 to them reads as "the site is down". The endpoint runs as for
/// <c>GET</c>; the server sends the status and headers without the body.
/// </summary>
public static class ReadMethods
{
    public static readonly string[] All = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>An endpoint convention: an endpoint that answers GET also answers HEAD.</summary>
    public static void AllowHead(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get)
            && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        }
    }
}
