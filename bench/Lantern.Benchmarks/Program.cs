using BenchmarkDotNet.Running;

namespace Lantern.Benchmarks;

public static class BenchmarkProgram
{
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- micro          (BenchmarkDotNet)
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- http [seconds] [clients] [Sqlite|Postgres]
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "http")
        {
            return await HttpBenchmark.RunAsync(args);
        }

        BenchmarkSwitcher.FromTypes([typeof(AuditChainBenchmarks), typeof(AccessRuleBenchmarks)])
            .Run(args.Skip(args.Length > 0 && args[0] == "micro" ? 1 : 0).ToArray());
        return 0;
    }
}
