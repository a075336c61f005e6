using System.Net;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Staff;

[Collection(SiteCollection.Name)]
public sealed class StaffAccessTests(SiteFixture site) : IDisposable
{
    private readonly StaffClient _staff = new(site);

    public void Dispose() => _staff.Dispose();

    /// <summary>An account that has already chosen its own password, signed in.</summary>
    private async Task<string> SignedInAsync(string role, params string[] languages)
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, role, languages);
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        using var response = await _staff.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return email;
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/edit/disaster/call-119/en")]
    [InlineData("/staff/banner")]
    [InlineData("/staff/history/disaster/call-119/en")]
    public async Task Anonymous_requests_go_to_the_login_page(string url)
    {
        using var response = await _staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_post_without_the_antiforgery_token_is_refused()
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, StaffRoles.Editor);
        using var response = await _staff.SubmitAsync("/staff/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(_staff.HasCookie("tabunka-staff"));
    }

    [Fact]
    public async Task A_one_time_password_leads_to_the_password_page_before_anything_else()
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, StaffRoles.Editor);
        using var signIn = await _staff.SignInAsync(email, password);
        Assert.True(_staff.HasCookie("tabunka-staff"));

        using var dashboard = await _staff.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Found, dashboard.StatusCode);
        Assert.Equal("/staff/account/password", dashboard.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_staff_cookie_is_secure_http_only_and_strict()
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, StaffRoles.Editor);
        using var response = await _staff.SignInAsync(email, password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tabunka-staff=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_slow_an_account_down_but_never_lock_it_and_unknown_accounts_get_the_same_answer()
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, StaffRoles.Editor);
        string? wrongWords = null;
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await _staff.SignInAsync(email, "not the password at all");
            wrongWords = (await StaffClient.ParseAsync(wrong)).QuerySelector(".error")!.TextContent;
        }

        using (var unknown = await _staff.SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.jp", "not the password at all"))
        {
            Assert.Equal(wrongWords, (await StaffClient.ParseAsync(unknown)).QuerySelector(".error")!.TextContent);
        }

        using var right = await _staff.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Found, right.StatusCode);
        Assert.True(_staff.HasCookie("tabunka-staff"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_every_copy_of_its_cookie()
    {
        var email = await SignedInAsync(StaffRoles.Admin);
        var captured = _staff.CookieHeader;
        using (var before = await _staff.GetAsync("/staff/audit"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var signOut = await _staff.SubmitFormAsync("/staff", "/staff/logout"))
        {
            Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        }

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/staff/audit");
        replay.Headers.Add("Cookie", captured);
        using var client = site.CreateClient();
        using var after = await client.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/staff/login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEmpty(email);
    }

    [Fact]
    public async Task A_huge_email_on_the_sign_in_form_is_refused_before_it_reaches_the_audit_log()
    {
        var marker = "huge" + Guid.NewGuid().ToString("N");
        try
        {
            using var response = await _staff.SubmitAsync("/staff/login", "login", new() { ["Input.Email"] = marker + new string('a', 1_000_000), ["Input.Password"] = "x" });
            Assert.True((int)response.StatusCode is 400 or 413, $"{response.StatusCode}");
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            // The server answered 413 and closed the connection while the client was still
            // sending the megabyte: refused just the same.
        }

        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(50);
        Assert.DoesNotContain(audit, e => e.Actor.StartsWith(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session()
    {
        var email = await SignedInAsync(StaffRoles.Editor);
        using (var before = await _staff.GetAsync("/staff"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var scope = site.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdmin>().DisableAsync("test", email)).Succeeded);
        }

        using var after = await _staff.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/staff/login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/banner")]
    [InlineData("/staff/new")]
    [InlineData("/staff/audit")]
    public async Task A_translator_is_sent_to_the_denied_page_from_pages_for_other_roles(string url)
    {
        await SignedInAsync(StaffRoles.Translator, "vi");
        using var response = await _staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/staff/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_and_ends_the_session()
    {
        await SignedInAsync(StaffRoles.Editor);
        var page = await StaffClient.ParseAsync(await _staff.GetAsync("/staff"));
        var token = page.QuerySelector("form[action='/staff/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var forged = await _staff.PostFormAsync("/staff/logout", new() { ["confirm"] = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var signOut = await _staff.PostFormAsync("/staff/logout", new() { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await _staff.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
    }
}
