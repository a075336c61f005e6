using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Search;

namespace Kawasaki.Tabunka.Web.Features.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;lang=&amp;limit=</c> (contract: docs/contracts.md, "Search API")
/// and <c>GET /api/suggest?q=&amp;lang=</c> for suggestions while typing.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/search", Hosting.ReadMethods.All, Search).RequireRateLimiting(SearchRateLimiting.Policy);
        app.MapMethods("/api/suggest", Hosting.ReadMethods.All, Suggest).RequireRateLimiting(SearchRateLimiting.Policy);
        return app;
    }

    private static IResult Search(string? q, string? lang, string? limit, LanguageRegistry languages, SearchService search)
    {
        if (!languages.TryGet(lang, out var language))
        {
            return Error(lang is null ? "lang is required, e.g. lang=en" : $"unknown language '{lang}'");
        }

        var (text, problem) = QueryText.Normalize(q);
        if (problem == QueryProblem.Empty)
        {
            return Error("q is empty");
        }

        if (problem == QueryProblem.TooLong)
        {
            return Error($"q is longer than {QueryText.MaxLength} characters");
        }

        var count = 10;
        if (limit is not null && (!int.TryParse(limit, out count) || count < 1))
        {
            return Error("limit must be a whole number from 1 to 50");
        }

        var results = search.Search(text, language, Math.Min(count, SearchService.MaxLimit));
        return Results.Json(new
        {
            query = results.Query,
            lang = results.Language,
            total = results.Total,
            results = results.Hits.Select(h => new
            {
                id = h.Id,
                lang = h.Language,
                topic = h.Topic,
                title = h.Title,
                url = h.Url,
                snippet = Snippets.Plain(h.Snippet),
            }),
        });
    }

    private static IResult Suggest(string? q, string? lang, LanguageRegistry languages, SuggestionService suggestions)
    {
        if (!languages.TryGet(lang, out var language))
        {
            return Error("unknown language");
        }

        var (text, problem) = QueryText.Normalize(q);
        return Results.Json(new { suggestions = problem == QueryProblem.None ? suggestions.Suggest(text, language.Id) : [] });
    }

    private static IResult Error(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);
}
