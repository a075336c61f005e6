using Kawasaki.Tabunka.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over the JSON locale files, in the language of the current
/// request. One set of strings serves every component, so the type argument of
/// <see cref="IStringLocalizer{T}"/> does not select a file.
/// </summary>
public class TabunkaStringLocalizer(LocaleCatalog catalog, RequestLanguage language) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Find(language.Current.Id, name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(language.Current.Culture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(language.Current.Id).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

/// <inheritdoc cref="TabunkaStringLocalizer"/>
public sealed class TabunkaStringLocalizer<T>(LocaleCatalog catalog, RequestLanguage language)
    : TabunkaStringLocalizer(catalog, language), IStringLocalizer<T>;
