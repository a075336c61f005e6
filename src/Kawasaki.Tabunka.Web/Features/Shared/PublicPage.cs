using Kawasaki.Tabunka.Core.Languages;
using Microsoft.AspNetCore.Components;

namespace Kawasaki.Tabunka.Web.Features.Shared;

/// <summary>
/// Base of the public pages under <c>/{lang}/</c>: takes the language the request already
/// decided from the URL (<see cref="RequestLanguage"/>) and turns anything unknown into a 404
/// answered with a page, never an exception.
/// </summary>
public abstract class PublicPage : ComponentBase
{
    [Parameter]
    public string? Lang { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required LanguageRegistry Languages { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    [Inject]
    public required Localization.RequestLanguage RequestLanguage { get; set; }

    /// <summary>The page's language; the reader's preferred (or the default) language when the route named an unknown one.</summary>
    protected Language Language { get; private set; } = null!;

    /// <summary>True when the page answers 404 and renders <see cref="NotFoundView"/>.</summary>
    protected bool IsNotFound { get; private set; }

    protected override void OnParametersSet()
    {
        IsNotFound = false;
        Language = RequestLanguage.Current;
        if (RequestLanguage.FromUrl && Language.Id == Lang)
        {
            OnPageParametersSet();
        }
        else
        {
            MarkNotFound();
        }
    }

    /// <summary>Called once the language is known; pages resolve their own parameters here.</summary>
    protected virtual void OnPageParametersSet()
    {
    }

    /// <summary>Answers 404: the router renders <c>NotFoundPage</c> in place of this page.</summary>
    protected void MarkNotFound()
    {
        IsNotFound = true;
        Navigation.NotFound();
    }
}
