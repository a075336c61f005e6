using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over a catalog of JSON locale files, in a language decided
/// per request: the public pages' strings in the URL's language, the staff area's strings
/// (<see cref="IStringLocalizer{T}"/> of the staff area) in the person's staff language. A
/// missing key falls back to English, then to the key itself.
/// </summary>
public class TabunkaStringLocalizer(LocaleCatalog catalog, Func<Language> language) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Find(language().Id, name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(language().Culture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(language().Id).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

/// <inheritdoc cref="TabunkaStringLocalizer"/>
public sealed class TabunkaStringLocalizer<T>(LocaleCatalog catalog, Func<Language> language)
    : TabunkaStringLocalizer(catalog, language), IStringLocalizer<T>;
