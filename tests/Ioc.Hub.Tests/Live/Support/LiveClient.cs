using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Ioc.Hub.Live.Contract;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ioc.Hub.Tests.Live.Support;

/// <summary>
/// A real .NET SignalR client of the hub that keeps every message as received (raw JSON and typed), so tests can
/// look at exactly what crossed the wire, and applies batches the way docs/live-feed.md tells clients to.
/// </summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private readonly HubConnection connection;

    private LiveClient(HubConnection connection)
    {
        this.connection = connection;
        connection.On<JsonElement>(nameof(IIocClient.Deltas), raw => Received(raw, nameof(IIocClient.Deltas)));
        connection.On<JsonElement>(nameof(IIocClient.Snapshot), raw => Received(raw, nameof(IIocClient.Snapshot)));
    }

    /// <summary>Every message in arrival order: its method, raw JSON and arrival time (a <see cref="Stopwatch"/> timestamp).</summary>
    public ConcurrentQueue<(string Method, string Json, long At)> Messages { get; } = new();

    public IEnumerable<DeltaBatchDto> Batches => Messages.Where(m => m.Method == nameof(IIocClient.Deltas)).Select(m => JsonSerializer.Deserialize<DeltaBatchDto>(m.Json, Json)!);

    public static async Task<LiveClient> ConnectAsync(Uri hubUrl, string? key)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, o =>
            {
                if (key is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(key);
                }
            })
            .Build();
        var client = new LiveClient(connection);
        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return client;
    }

    public Task SubscribeAsync(string audience) => connection.InvokeAsync("Subscribe", audience);

    /// <summary>The snapshot as raw JSON and typed.</summary>
    public async Task<(LiveSnapshotDto Snapshot, string Json)> SnapshotAsync()
    {
        var raw = await connection.InvokeAsync<JsonElement>("GetSnapshot");
        return (raw.Deserialize<LiveSnapshotDto>(Json)!, raw.GetRawText());
    }

    public static int Bytes(string json) => Encoding.UTF8.GetByteCount(json);

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private void Received(JsonElement raw, string method) => Messages.Enqueue((method, raw.GetRawText(), Stopwatch.GetTimestamp()));
}
