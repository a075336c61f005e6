namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// <c>/healthz</c> runs the checks tagged <see cref="Live"/>: the site can serve pages (restart
/// it when not). <c>/readyz</c> runs every check: also search is built and warm (send it
/// traffic only then).
/// </summary>
public static class HealthTags
{
    public const string Live = "live";
}
