using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>Small staff actions that are plain form posts: sign-out and the staff language.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/staff/logout", async (HttpContext context, SignInManager<StaffUser> signIn, AuditLog audit) =>
        {
            if (await ReadVerifiedFormAsync(context) is null)
            {
                return Results.BadRequest();
            }

            var who = context.User.Identity?.Name ?? "";
            await signIn.SignOutAsync();
            await audit.WriteAsync(who, "sign-out");
            return Results.Redirect(StaffArea.LoginPath);
        }).RequireAuthorization().DisableAntiforgery();

        app.MapPost("/staff/ui-language", async (HttpContext context, UserManager<StaffUser> users) =>
        {
            if (await ReadVerifiedFormAsync(context) is not { } form)
            {
                return Results.BadRequest();
            }

            var language = StaffText.Normalize(form["to"]);
            if (await users.GetUserAsync(context.User) is { } user)
            {
                user.UiLanguage = language;
                await users.UpdateAsync(user);
            }

            StaffText.Remember(context, language);
            var back = form["returnUrl"].ToString();
            return Results.LocalRedirect(back.StartsWith("/staff", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/staff");
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
