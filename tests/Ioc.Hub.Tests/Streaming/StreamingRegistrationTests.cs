using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.InProcess;
using Ioc.Hub.Streaming.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ioc.Hub.Tests.Streaming;

public sealed class StreamingRegistrationTests
{
    [Fact]
    public void WithoutARedisConnectionStringTheStreamIsInProcess()
    {
        using var host = Build(new() { ["Ioc:Redis"] = "" });

        Assert.IsType<InProcessEventStream>(host.Services.GetRequiredService<IEventStream>());
        Assert.Null(host.Services.GetService<IConnectionMultiplexer>());
    }

    [Fact]
    public async Task WithARedisConnectionStringTheStreamUsesOneSharedMultiplexer()
    {
        var prefix = $"test:{Guid.NewGuid():N}";
        using var host = Build(new() { ["Ioc:Redis"] = RedisTestServer.Endpoint, ["Ioc:Stream:KeyPrefix"] = prefix, ["Ioc:Stream:Partitions"] = "8" });
        var redis = host.Services.GetRequiredService<IConnectionMultiplexer>();
        var stream = host.Services.GetRequiredService<IEventStream>();

        var appended = await stream.AppendAsync([StreamTestKit.Note("KH-2026-000123", 1)]);
        await RedisTestServer.DeleteKeysAsync(redis, prefix);

        Assert.IsType<RedisEventStream>(stream);
        Assert.Same(redis, host.Services.GetRequiredService<IConnectionMultiplexer>());
        Assert.Equal(8, stream.Partitions);
        Assert.StartsWith($"{prefix}:events:", appended[0].Position!.Stream);
    }

    [Theory]
    [InlineData("Partitions", "0")]
    [InlineData("BatchSize", "0")]
    [InlineData("KeyPrefix", "ioc events")]
    [InlineData("LeaseTtl", "00:00:00.010")]
    [InlineData("PollMinInterval", "00:00:00.500")]
    public async Task InvalidStreamSettingsStopTheHostAtStartNamingTheKey(string key, string value)
    {
        using var host = Build(new() { [$"Ioc:Stream:{key}"] = value, ["Ioc:Stream:PollMaxInterval"] = "00:00:00.050" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIocStreaming();
        return builder.Build();
    }
}
