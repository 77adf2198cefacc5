using Ioc.Wall.Benchmarks;

// Wall display benchmark (docs/BENCHMARKS.md "Wall display"): the real dashboard with 20 000 open cases, 50 events/s
// posted to its ingest API, one wall in headless Chromium measured from the inside; then 10, 50 and 100 wall
// circuits for the server's managed memory per circuit.
//   dotnet run -c Release --project bench/Ioc.Wall.Benchmarks -- [--cases 20000] [--rate 50] [--seconds 60] [--circuits 10,50,100]
var options = BenchOptions.Parse(args);
await using var dashboard = new Dashboard();
await dashboard.StartAsync();
var traffic = await Traffic.CreateAsync(dashboard);
Console.WriteLine($"seeding {options.Cases} open cases…");
await traffic.SeedAsync(options.Cases);
await using var browser = await WallBrowser.LaunchAsync(dashboard);
var paint = options.Seconds > 0 ? await browser.MeasureAsync(traffic, options) : "(no live run)";
Console.WriteLine(paint);
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
if (options.Circuits.Count > 0)
{
    var memory = await browser.MemoryAsync(options.Circuits, options.Cases);
    Console.WriteLine(memory);
}
