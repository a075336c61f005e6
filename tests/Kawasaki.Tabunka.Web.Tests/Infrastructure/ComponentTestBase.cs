using Bunit;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>
/// bUnit context with the site's real languages and UI strings, rendering in the language
/// given to <see cref="UseLanguage"/>: set on the request exactly as the site's language
/// middleware sets it.
/// </summary>
public abstract class ComponentTestBase : BunitContext
{
    private static readonly LanguageRegistry SharedLanguages = new();
    private static readonly Lazy<LocaleCatalog> SharedCatalog = new(() => LocaleCatalog.Load(Repository.Locales, SharedLanguages));

    private readonly DefaultHttpContext _request = new();

    protected ComponentTestBase()
    {
        Services.AddSingleton(SharedLanguages);
        Services.AddSingleton(SharedCatalog.Value);
        Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = _request });
        Services.AddScoped<RequestLanguage>();
        Services.AddScoped<IStringLocalizer>(sp => new TabunkaStringLocalizer(SharedCatalog.Value, () => sp.GetRequiredService<RequestLanguage>().Current));
    }

    protected static LanguageRegistry Languages => SharedLanguages;

    protected Language UseLanguage(string id)
    {
        var language = SharedLanguages.Get(id);
        _request.Features.Set(new RequestLanguageFeature(language, FromUrl: true, language, Preferred: null));
        return language;
    }
}
