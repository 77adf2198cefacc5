using BenchmarkDotNet.Running;
using Ioc.Hub.Benchmarks.Streaming;

// dotnet run -c Release --project bench/Ioc.Hub.Benchmarks -- --filter '*'   (see docs/BENCHMARKS.md)
// dotnet run -c Release --project bench/Ioc.Hub.Benchmarks -- stream-memory host:port   (docs/streaming.md)
// dotnet run -c Release --project bench/Ioc.Hub.Benchmarks -- stream-idle [host:port]     (docs/streaming.md)
if (args is ["stream-memory", .. var rest])
    return await StreamMemoryReport.RunAsync(rest);
if (args is ["stream-idle", .. var idleArgs])
    return await StreamIdleCostReport.RunAsync(idleArgs);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
