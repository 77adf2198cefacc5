using System.Net;
using Ioc.Hub.Producers;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary><c>dotnet run --project src/Ioc.Hub -- create-producer-key …</c>, run against the test host's services.</summary>
public sealed class ProducerKeyCommandTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    [Fact]
    public async Task TheCommandPrintsOnlyTheKeyOnStandardOutputAndTheKeyWorks()
    {
        Assert.True(ProducerKeyCommand.TryParse(["create-producer-key", "tongdai1022.cli", "--scopes", "ingest,ioc", "--ConnectionStrings:Ioc", "x"],
            out var request, out var hostArgs, out _));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ProducerKeyCommand.RunAsync(factory.Services, request, output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        var key = output.ToString().Trim();
        Assert.StartsWith(ProducerKeyFormat.Marker, key);
        Assert.Equal(["--ConnectionStrings:Ioc", "x"], hostArgs);
        Assert.Contains("tongdai1022.cli", error.ToString());
        Assert.DoesNotContain(key, error.ToString());
        var stored = (await factory.Keys.ListAsync()).Single(k => k.ProducerName == "tongdai1022.cli");
        Assert.Equal([ProducerScopes.Ingest, ProducerScopes.Ioc], stored.Scopes);
        Assert.StartsWith("cli:", stored.CreatedBy);
        Assert.Equal(HttpStatusCode.Accepted, (await factory.ClientWith(key).PostAsync("/api/events", Body(Note(NewCaseId())))).StatusCode);
    }

    [Theory]
    [InlineData(new[] { "create-producer-key" }, "producer name is missing")]
    [InlineData(new[] { "create-producer-key", "--scopes", "ingest" }, "producer name is missing")]
    [InlineData(new[] { "create-producer-key", "tongdai1022", "--scopes" }, "--scopes needs a value")]
    public void AnIncompleteCommandIsExplained(string[] args, string problem)
    {
        Assert.False(ProducerKeyCommand.TryParse(args, out _, out _, out var message));
        Assert.Contains(problem, message);
    }

    [Fact]
    public async Task ABadNameOrScopeExitsWithTwoAndCreatesNothing()
    {
        var before = (await factory.Keys.ListAsync()).Count;
        var error = new StringWriter();

        var exit = await ProducerKeyCommand.RunAsync(factory.Services, new ProducerKeyCommand.Request("tongdai1022", ["everything"]), TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("unknown scope 'everything'", error.ToString());
        Assert.Equal(before, (await factory.Keys.ListAsync()).Count);
    }
}
