using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Ioc.Wall.Benchmarks;

/// <summary>Headless Chromium (the machine's) on the dashboard: one measured wall, then many walls for the memory slope.</summary>
internal sealed class WallBrowser(Dashboard dashboard, IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    // Installed before the page's own scripts: long tasks of the main thread, and when each case's marker was painted
    // (wall-map.js calls wallPainted from the first animation frame after adding markers).
    private const string Probe = """
        window.__long = [];
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.__long.push([performance.timeOrigin + e.startTime, e.duration]); })
          .observe({ type: 'longtask', buffered: true });
        window.__paint = new Map();
        window.wallPainted = (ids, at) => { for (const id of ids) if (!window.__paint.has(id)) window.__paint.set(id, at); };
        """;

    public static async Task<WallBrowser> LaunchAsync(Dashboard dashboard)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("IOC_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
        });
        return new WallBrowser(dashboard, playwright, browser);
    }

    public async Task<string> MeasureAsync(Traffic traffic, BenchOptions options)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(Probe);
        await SignInAsync(page, "wall");
        await page.GotoAsync($"{dashboard.BaseUrl}/wall");
        var loading = Stopwatch.StartNew();
        await page.WaitForFunctionAsync("n => +(document.querySelector('.wall-map__canvas')?.dataset.cases ?? 0) >= n", options.Cases,
            new() { Timeout = 20 * 60_000, PollingInterval = 1000 });
        Console.WriteLine($"wall holds {options.Cases} cases after {loading.Elapsed.TotalSeconds:0} s; settling…");
        await page.WaitForTimeoutAsync(5_000);
        var start = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");

        // rate events/s as batches of five, ten times a second; each case stamped just before its post.
        var batch = Math.Max(1, options.Rate / 10);
        var total = options.Rate * options.Seconds;
        var clock = Stopwatch.StartNew();
        for (var sent = 0; sent < total; sent += batch)
        {
            var events = new List<object>();
            var ids = new List<string>();
            for (var i = 0; i < batch; i++)
            {
                events.AddRange(traffic.LiveCase(out var id));
                ids.Add(id);
            }
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            foreach (var id in ids)
            {
                traffic.Sent[id] = at;
            }
            _ = traffic.PostAsync(events);
            var next = TimeSpan.FromSeconds((double)(sent + batch) / options.Rate);
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }
        }
        await page.WaitForTimeoutAsync(5_000);

        var painted = (await page.EvaluateAsync<JsonElement>("() => [...window.__paint.entries()]")).EnumerateArray()
            .ToDictionary(e => e[0].GetString()!, e => e[1].GetDouble());
        var latencies = traffic.Sent.Where(p => painted.ContainsKey(p.Key)).Select(p => painted[p.Key] - p.Value).Order().ToList();
        var longTasks = (await page.EvaluateAsync<JsonElement>("() => window.__long")).EnumerateArray()
            .Select(e => (At: e[0].GetDouble(), Duration: e[1].GetDouble())).Where(t => t.At >= start).ToList();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return $"""
            events sent: {traffic.Sent.Count} in {clock.Elapsed.TotalSeconds:0.0} s ({traffic.Sent.Count / clock.Elapsed.TotalSeconds:0.0}/s); painted: {latencies.Count}
            event-to-paint ms: p50 {P(0.50):0} · p95 {P(0.95):0} · p99 {P(0.99):0} · max {(latencies.Count > 0 ? latencies[^1] : double.NaN):0}
            main-thread long tasks during the run: {longTasks.Count} (over 50 ms: {longTasks.Count(t => t.Duration > 50)}), longest {(longTasks.Count > 0 ? longTasks.Max(t => t.Duration) : 0):0} ms
            """;
    }

    /// <summary>Managed heap after a full collection with 0 and then each count of wall circuits open (one page each).</summary>
    public async Task<string> MemoryAsync(IReadOnlyList<int> counts, int markers)
    {
        await using var adminContext = await browser.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignInAsync(admin, "admin");
        // A display whose map window is the last hour: each page's browser keeps its cases in a plain map, few Leaflet markers.
        await admin.GotoAsync($"{dashboard.BaseUrl}/admin/kiosk");
        string? url = null;
        for (var attempt = 0; url is null && attempt < 5; attempt++)
        {
            // Until the circuit is interactive the click does nothing: try again.
            await admin.FillAsync("input[data-field=name], [data-field=name] input", "bench");
            await admin.ClickAsync("[data-action=create]");
            try
            {
                await admin.Locator(".kiosk-url").WaitForAsync(new() { Timeout = 5_000 });
                url = await admin.Locator(".kiosk-url").GetAttributeAsync("data-url");
            }
            catch (TimeoutException)
            {
            }
        }
        await using (var db = new SqliteConnection(dashboard.ConnectionString))
        {
            await db.OpenAsync();
            var command = db.CreateCommand();
            command.CommandText = "UPDATE kiosk_displays SET map_window = 'LastHour' WHERE name = 'bench'";
            await command.ExecuteNonQueryAsync();
        }

        await using var walls = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var pages = new List<IPage>();
        var first = await walls.NewPageAsync();
        await first.GotoAsync(url!);
        pages.Add(first);
        await first.CloseAsync();
        pages.Clear();

        var rows = new List<(int Screens, long Bytes)> { (0, await HeapAsync(admin, 0)) };
        foreach (var count in counts)
        {
            while (pages.Count < count)
            {
                var page = await walls.NewPageAsync();
                await page.GotoAsync($"{dashboard.BaseUrl}/wall");
                pages.Add(page);
            }
            // Steady state: every wall has received all its cases (its first load is not what a circuit keeps).
            foreach (var page in pages)
            {
                await page.WaitForFunctionAsync("n => +(document.querySelector('.wall-map__canvas')?.dataset.cases ?? 0) >= n", markers,
                    new() { Timeout = 30 * 60_000, PollingInterval = 2000 });
            }
            rows.Add((count, await HeapAsync(admin, count)));
        }

        var n = rows.Count;
        var meanX = rows.Average(r => (double)r.Screens);
        var meanY = rows.Average(r => (double)r.Bytes);
        var slope = rows.Sum(r => (r.Screens - meanX) * (r.Bytes - meanY)) / rows.Sum(r => (r.Screens - meanX) * (r.Screens - meanX));
        var table = string.Join('\n', rows.Select(r => $"| {r.Screens} | {r.Bytes / 1024.0 / 1024.0:0.00} MiB |"));
        return $"| wall circuits | managed heap after full GC |\n|---:|---:|\n{table}\nslope over {n} points: {slope / 1024.0:0.0} KiB per circuit";
    }

    private async Task<long> HeapAsync(IPage admin, int screens)
    {
        // Wait until the server counts the circuits, then let their first renders and map loads finish.
        for (var i = 0; i < 600; i++)
        {
            var d = await admin.EvaluateAsync<JsonElement>("async () => (await fetch('/api/wall/diagnostics')).json()");
            if (d.GetProperty("screens").GetInt32() == screens)
            {
                break;
            }
            await Task.Delay(1000);
        }
        await Task.Delay(TimeSpan.FromSeconds(10));
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var d = await admin.EvaluateAsync<JsonElement>("async () => (await fetch('/api/wall/diagnostics')).json()");
            best = Math.Min(best, d.GetProperty("managedBytes").GetInt64());
            await Task.Delay(1000);
        }
        Console.WriteLine($"{screens} circuits: {best / 1024.0 / 1024.0:0.00} MiB");
        return best;
    }

    private async Task SignInAsync(IPage page, string role)
    {
        var (email, password) = dashboard.Account(role);
        await page.GotoAsync($"{dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
