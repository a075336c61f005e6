using Kawasaki.Tabunka.Core.Configuration;

namespace Kawasaki.Tabunka.Benchmarks;

internal static class Repository
{
    public static string Root { get; } = TabunkaPaths.FindRepositoryRoot(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("run from inside the repository");

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
