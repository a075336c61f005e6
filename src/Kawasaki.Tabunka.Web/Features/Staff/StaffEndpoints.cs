using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>Small staff actions that are plain form posts: sign-out and the staff language.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(StaffUrls.Logout, async (HttpContext context, StaffSignIn signIn) =>
        {
            if (await ReadVerifiedFormAsync(context) is null)
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync(context);
            return Results.Redirect(StaffUrls.Login);
        }).RequireAuthorization().DisableAntiforgery();

        app.MapPost(StaffUrls.UiLanguage, async (HttpContext context, UserManager<StaffUser> users) =>
        {
            if (await ReadVerifiedFormAsync(context) is not { } form)
            {
                return Results.BadRequest();
            }

            var language = StaffSession.Normalize(form["to"]);
            if (await users.GetUserAsync(context.User) is { } user)
            {
                user.UiLanguage = language;
                await users.UpdateAsync(user);
            }

            StaffSession.Remember(context, language);
            return Results.LocalRedirect(StaffUrls.SafeReturnUrl(form["returnUrl"]));
        }).RequireAuthorization().DisableAntiforgery();
        return app;
    }

    /// <summary>The posted form when its antiforgery token is valid; null for a forged or tokenless post.</summary>
    private static async Task<IFormCollection?> ReadVerifiedFormAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return await context.Request.ReadFormAsync();
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
    }
}
