namespace Kawasaki.Tabunka.Core.Mirror;

/// <param name="Concurrency">Requests in flight at once.</param>
/// <param name="Host">The <c>Host</c> header to send, when the site answers only to its public
/// name (<c>AllowedHosts</c>) and is reached by another address.</param>
public sealed record StaticMirrorOptions(int Concurrency = 4, string? Host = null);

/// <param name="Directory">The mirror's folder.</param>
/// <param name="Pages">HTML pages written, the search pages among them.</param>
/// <param name="Files">Other files written: sitemap, stylesheets, scripts, icons, manifests, offline lists.</param>
/// <param name="Skipped">Files a page points at that the site itself does not have (4xx); the mirror was made without them.</param>
/// <param name="Made">When the mirror was finished (also in <c>mirror.json</c>).</param>
/// <param name="Elapsed">How long it took, sitemap to swap.</param>
public sealed record MirrorResult(string Directory, int Pages, int Files, IReadOnlyList<MirrorProblem> Skipped, DateTimeOffset Made, TimeSpan Elapsed);

/// <summary>A URL that could not be fetched, and why (a status, a connection error).</summary>
public sealed record MirrorProblem(string Url, string Reason)
{
    public override string ToString() => $"{Url}: {Reason}";
}

/// <summary>
/// The mirror could not be made; the folder was left as it was. <see cref="Problems"/> names
/// each page or file that failed; it is empty when the sitemap itself could not be read (the
/// message says why).
/// </summary>
public sealed class MirrorException(string message, IReadOnlyList<MirrorProblem> problems) : Exception(message)
{
    public IReadOnlyList<MirrorProblem> Problems { get; } = problems;
}
