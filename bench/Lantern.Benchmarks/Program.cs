using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Lantern.Benchmarks;

public static class BenchmarkProgram
{
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- micro [BenchmarkDotNet options, e.g. --filter '*']
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- http [seconds] [clients] [Sqlite|Postgres]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- chronology [requests] [entries] [Sqlite|Postgres]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- import [rows] [Sqlite|Postgres]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- analysis [requests] [Sqlite|Postgres]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- disclosure [words] [identifiers] [runs]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- report-files [runs]
    // dotnet run -c Release --project bench/Lantern.Benchmarks -- report-pages [requests] [Sqlite|Postgres]
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "import")
        {
            return await ImportBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "http")
        {
            return await HttpBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "analysis")
        {
            return await AnalysisPageBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "disclosure")
        {
            return DisclosureBenchmark.Run(args);
        }

        if (args.Length > 0 && args[0] == "report-files")
        {
            return await ReportFilesBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "report-pages")
        {
            return await ReportPageBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "after-review")
        {
            return await AfterReviewBenchmark.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "chronology")
        {
            return await ChronologyPageBenchmark.RunAsync(args);
        }

        // In-process: BenchmarkDotNet's generated project cannot restore the ASP.NET Core packages that
        // Lantern's projects get from the shared framework on this NuGet mirror.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromTypes([typeof(AuditChainBenchmarks), typeof(AccessRuleBenchmarks), typeof(DuplicateDetectionBenchmarks)])
            .Run(args.Skip(args.Length > 0 && args[0] == "micro" ? 1 : 0).ToArray(), config);
        return 0;
    }
}
