using System.Diagnostics;
using System.Text.Json;
using Ioc.LoadHarness.Traffic;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ioc.LoadHarness.Live;

/// <summary>
/// One subscriber of /hubs/ioc through the real .NET SignalR client, following docs/live-feed.md to the letter:
/// Subscribe, GetSnapshot, then apply each delta batch whose fromVersion is the version held; another source or a
/// gap reloads the snapshot (deltas arriving meanwhile are held and replayed by the same rule). Optionally keeps the
/// audience's state (cases and totals) to compare with the server's, and times each event from its intended send to
/// the first delta whose positions include it.
/// </summary>
internal sealed class LiveSubscriber : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly bool keepState;
    private readonly SentLog? sent;
    private readonly LatencyHistogram? latency;
    private readonly int[] cursors;
    private readonly Lock gate = new();
    private readonly List<JsonElement> held = [];
    private readonly Dictionary<string, string> cases = new(StringComparer.Ordinal);
    private string? source;
    private long version;
    private bool loading;
    private string? totals;

    private LiveSubscriber(HubConnection connection, bool keepState, SentLog? sent, LatencyHistogram? latency, int partitions)
    {
        this.connection = connection;
        this.keepState = keepState;
        this.sent = sent;
        this.latency = latency;
        cursors = new int[partitions];
        connection.On<JsonElement>("Deltas", OnDeltas);
        connection.On<JsonElement>("Snapshot", raw => Received(() => ApplySnapshot(raw, Stopwatch.GetTimestamp())));
        connection.Closed += _ =>
        {
            Interlocked.Increment(ref closed);
            return Task.CompletedTask;
        };
    }

    private static long closed;

    /// <summary>Connections the server or the network closed, over every subscriber of this process.</summary>
    public static long Closed => Interlocked.Read(ref closed);

    public long Gaps { get; private set; }

    public long Reloads { get; private set; }

    public long Batches { get; private set; }

    /// <summary>Versions skipped by the gaps seen: the delta batches lost on the way, recovered by a snapshot.</summary>
    public long MissedVersions { get; private set; }

    public long Version
    {
        get
        {
            lock (gate)
                return version;
        }
    }

    public static async Task<LiveSubscriber> ConnectAsync(
        Uri hubUrl, string key, string audience, int partitions, bool keepState = false, SentLog? sent = null, LatencyHistogram? latency = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(key);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        // Two thousand connections on two shared cores: a late keep-alive is load, not a dead server.
        connection.ServerTimeout = TimeSpan.FromMinutes(3);
        var subscriber = new LiveSubscriber(connection, keepState, sent, latency, partitions);
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", audience);
        await subscriber.ReloadAsync();
        return subscriber;
    }

    /// <summary>
    /// Compares what this subscriber holds with a fresh snapshot of the server: same version, the same open cases
    /// field for field, the same totals. Null when equal, else what differs.
    /// </summary>
    public async Task<string?> CompareWithServerAsync()
    {
        var raw = await connection.InvokeAsync<JsonElement>("GetSnapshot");
        var serverCases = raw.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("caseId").GetString()!, c => c.GetRawText(), StringComparer.Ordinal);
        var serverTotals = raw.GetProperty("numbers").GetProperty("totals").GetRawText();
        var serverVersion = raw.GetProperty("version").GetInt64();
        lock (gate)
        {
            if (serverVersion != version)
                return $"version {version}, server {serverVersion}";
            if (serverTotals != totals)
                return $"totals {totals}, server {serverTotals}";
            var missing = serverCases.Keys.Count(k => !cases.ContainsKey(k));
            var extra = cases.Keys.Count(k => !serverCases.ContainsKey(k));
            var differing = serverCases.Count(c => cases.TryGetValue(c.Key, out var mine) && mine != c.Value);
            return missing + extra + differing == 0 ? null : $"{missing} cases missing, {extra} extra, {differing} differing of {serverCases.Count}";
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private void OnDeltas(JsonElement raw)
    {
        var at = Stopwatch.GetTimestamp();
        Received(() => ApplyDeltas(raw, at));
    }

    private void Received(Action apply)
    {
        lock (gate)
            apply();
    }

    // Under the gate.
    private void ApplyDeltas(JsonElement raw, long at)
    {
        if (loading)
        {
            held.Add(raw);
            return;
        }
        var from = raw.GetProperty("fromVersion").GetInt64();
        var to = raw.GetProperty("toVersion").GetInt64();
        if (raw.GetProperty("source").GetString() != source)
        {
            StartReload();
            return;
        }
        if (to <= version)
            return;
        if (from != version)
        {
            Gaps++;
            MissedVersions += from - version;
            StartReload();
            return;
        }
        if (keepState)
        {
            foreach (var c in raw.GetProperty("cases").EnumerateArray())
                cases[c.GetProperty("caseId").GetString()!] = c.GetRawText();
            foreach (var id in raw.GetProperty("removed").EnumerateArray())
                cases.Remove(id.GetString()!);
        }
        if (raw.GetProperty("part").GetInt32() != raw.GetProperty("parts").GetInt32())
            return;
        if (keepState && raw.GetProperty("numbers") is { ValueKind: JsonValueKind.Object } numbers
            && numbers.GetProperty("totals") is { ValueKind: JsonValueKind.Object } newTotals)
            totals = newTotals.GetRawText();
        version = to;
        Batches++;
        Delivered(raw.GetProperty("positions"), at);
    }

    // Under the gate.
    private void ApplySnapshot(JsonElement raw, long at)
    {
        source = raw.GetProperty("source").GetString();
        version = raw.GetProperty("version").GetInt64();
        if (keepState)
        {
            cases.Clear();
            foreach (var c in raw.GetProperty("cases").EnumerateArray())
                cases[c.GetProperty("caseId").GetString()!] = c.GetRawText();
            totals = raw.GetProperty("numbers").GetProperty("totals").GetRawText();
        }
        Delivered(raw.GetProperty("positions"), at);
    }

    private void Delivered(JsonElement positions, long at)
    {
        if (sent is null || positions.ValueKind != JsonValueKind.Object)
            return;
        foreach (var stream in positions.EnumerateObject())
        {
            var partition = int.Parse(stream.Name.AsSpan(stream.Name.LastIndexOf(':') + 1), provider: System.Globalization.CultureInfo.InvariantCulture);
            if (partition < cursors.Length)
                sent.Advance(partition, ref cursors[partition], StreamPosition.Parse(stream.Value.GetString()!), intended => latency?.Record(at - intended));
        }
    }

    // Under the gate: one reload at a time; deltas are held until it is applied.
    private void StartReload()
    {
        Reloads++;
        _ = ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        lock (gate)
            loading = true;
        JsonElement snapshot;
        while (true)
        {
            try
            {
                snapshot = await connection.InvokeAsync<JsonElement>("GetSnapshot");
                break;
            }
            catch (Exception) when (connection.State != HubConnectionState.Disconnected)
            {
                await Task.Delay(200);
            }
            catch (Exception)
            {
                lock (gate)
                    loading = false;
                return;
            }
        }
        var at = Stopwatch.GetTimestamp();
        lock (gate)
        {
            ApplySnapshot(snapshot, at);
            loading = false;
            var replay = held.ToList();
            held.Clear();
            foreach (var raw in replay)
                ApplyDeltas(raw, at);
        }
    }
}
