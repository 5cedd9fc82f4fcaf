using Search.Bench;

// Benchmarks, each a command: `dotnet run -c Release --project bench/Search.Bench -- <command> [options]`.
return args.FirstOrDefault() switch
{
    "analysis" => AnalysisBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "semantic" => SemanticBenchmark.Run(args[1..]),
    "open" => SearchBenchmark.OpenInThisProcess(args[1..]),
    "build-profile" => BuildProfile.Run(args[1..]),
    "build-cpu" => BuildCpu.Run(args[1..]),
    "query-profile" => QueryProfile.Run(args[1..]),
    "open-profile" => OpenProfile.Run(args[1..]),
    "app-profile" => AppProfile.Run(args[1..]),
    "charset" => CharsetBenchmark.Run(args[1..]),
    "crash" => CrashBenchmark.Run(args[1..]),
    "crash-child" => CrashBenchmark.Child(args[1..]),
    "update" => UpdateBenchmark.Run(args[1..]),
    "load" => await LoadBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Search.Bench analysis | search [--paragraphs 1000000] [--seed 7] [--fts5] [--similar] | semantic | charset\n" +
        "       | crash [--paragraphs 50000] [--rounds 10] | update [--paragraphs 1000000]\n" +
        "       | load [--paragraphs 1000000] [--seed 7] [--clients 16] [--seconds 60] [--warmup 10] [--requests 2000000] [--response-cache 256] [--no-write] [--prepare] [--write-log FILE]\n" +
        "       | build-profile STORE N | build-cpu STORE [rounds] | query-profile STORE [runs] [class] | open-profile STORE | app-profile STORE LOG [rounds]");
    return 2;
}
