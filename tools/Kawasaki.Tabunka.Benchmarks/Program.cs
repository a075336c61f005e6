using Kawasaki.Tabunka.Benchmarks;

// dotnet run -c Release --project tools/Kawasaki.Tabunka.Benchmarks -- analyzer|search|hostile
return args.FirstOrDefault() switch
{
    "analyzer" => AnalyzerBenchmark.Run(args.Skip(1).ToArray()),
    "search" => SearchBenchmark.Run(args.Skip(1).ToArray()),
    "hostile" => HostileBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Kawasaki.Tabunka.Benchmarks analyzer [--seed FILE] | search | hostile [--url URL]");
    return 2;
}
