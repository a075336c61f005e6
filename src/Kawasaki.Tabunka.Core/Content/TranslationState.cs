namespace Kawasaki.Tabunka.Core.Content;

/// <summary>The state of one language of one guide, as <c>content-status</c> prints it.</summary>
public enum TranslationState
{
    /// <summary>The easy Japanese text every translation is made from.</summary>
    Source,

    /// <summary>Translated from the current easy Japanese revision.</summary>
    Current,

    /// <summary>Translated from an older revision, or with no <c>source</c> recorded.</summary>
    Outdated,

    /// <summary>No file in this language.</summary>
    Missing,

    /// <summary>Front matter only (title, summary, keywords): found by search, the body shown in another language.</summary>
    TitleOnly,
}

public static class TranslationStateNames
{
    /// <summary>The word used in the contracts and in JSON: <c>source</c>, <c>current</c>, <c>outdated</c>, <c>missing</c>, <c>title-only</c>.</summary>
    public static string Name(this TranslationState state) => state == TranslationState.TitleOnly ? "title-only" : state.ToString().ToLowerInvariant();
}
