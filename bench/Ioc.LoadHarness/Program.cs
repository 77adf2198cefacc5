using Ioc.LoadHarness;

// The pipeline load harness (docs/BENCHMARKS.md "Pipeline load harness"); bench/load.sh starts the servers and runs it.
//   Ioc.LoadHarness <all|ingest|backlog|latency|outage|rebuild>... --redis host:port --postgres "Host=…;Username=…"
//                   [--quick] [--hub path/Ioc.Hub.dll] [--out results.md]
return await HarnessRunner.MainAsync(args);
