using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// Hands out antiforgery tokens on staff pages only. Blazor's default provider, once
/// interactive rendering is enabled for the staff area, would issue a token (and its
/// cookie) and a persisted-state blob on every public page too, although public pages post
/// no forms: a cookie the privacy page does not promise and kilobytes no phone needs.
/// </summary>
public sealed class StaffOnlyAntiforgeryStateProvider(IHttpContextAccessor accessor, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        var context = accessor.HttpContext;
        if (context is null || !StaffUrls.Contains(context.Request.Path))
        {
            return null;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
