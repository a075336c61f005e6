using Microsoft.AspNetCore.Diagnostics;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>The answer to an unhandled exception: the error page in the reader's language, the details only in the log.</summary>
public static class ErrorResponse
{
    public static Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kawasaki.Tabunka.Web.Errors");

        // A request the client got wrong (a forged form without its antiforgery token, a
        // malformed or oversized body) is the client's error: 4xx, logged as a warning.
        var status = error switch
        {
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
            BadHttpRequestException bad => bad.StatusCode,
            // The shared database is down (PostgreSQL mode): only staff requests need it, and
            // they can be retried; it is not a fault of this node.
            { } e when Kawasaki.Tabunka.Staff.Cluster.DatabaseErrors.IsUnavailable(e) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("The database cannot be reached for {Path}: {Reason}", context.Request.Path.Value, error?.Message);
            context.Response.Headers.RetryAfter = "30";
        }
        else if (status >= 500)
        {
            logger.LogError(error, "Unhandled exception for {Path}", context.Request.Path.Value);
        }
        else
        {
            logger.LogWarning("Refused {Path}: {Reason}", context.Request.Path.Value, error?.Message);
        }

        return ErrorPage.WriteAsync(context, status, "Error.Title", "Error.Text");
    }
}
