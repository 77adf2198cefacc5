using System.Net;
using System.Text.Json.Nodes;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary>A host whose producers may send two requests, then one more per hour.</summary>
public sealed class RateLimitedIngestFactory : IngestApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Ioc:Ingest:RateLimit:Algorithm", "TokenBucket"),
        ("Ioc:Ingest:RateLimit:PermitLimit", "2"),
        ("Ioc:Ingest:RateLimit:TokensPerPeriod", "1"),
        ("Ioc:Ingest:RateLimit:Period", "01:00:00"),
    ];
}

public sealed class IngestRateLimitTests(RateLimitedIngestFactory factory) : IClassFixture<RateLimitedIngestFactory>
{
    [Fact]
    public async Task AProducerOverItsRateGetsTooManyRequestsWithRetryAfterAndNothingIsAppended()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("chatty.producer"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/events", Body(Received()))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/events", Body(Received()))).StatusCode);
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.Contains("chatty.producer", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Fact]
    public async Task TheLimitIsPerProducerAcrossItsKeys()
    {
        var first = factory.ClientWith(await factory.CreateKeyAsync("two.keys"));
        var second = factory.ClientWith(await factory.CreateKeyAsync("two.keys"));
        var other = factory.ClientWith(await factory.CreateKeyAsync("quiet.producer"));

        Assert.Equal(HttpStatusCode.Accepted, (await first.PostAsync("/api/events", Body(Received()))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await second.PostAsync("/api/events", Body(Received()))).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostAsync("/api/events", Body(Received()))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.PostAsync("/api/events", Body(Received()))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsync("/api/events", Body(Received()))).StatusCode);
    }

    [Fact]
    public async Task RequestsWithABadKeyDoNotSpendAProducersPermits()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("guarded.producer"));
        var stranger = factory.ClientWith("ioc_not-a-real-key-at-all-but-long-enough-00000");
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsync("/api/events", Body(Received()))).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/events", Body(Received()))).StatusCode);
    }
}
