using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.InProcess;
using Xunit.Abstractions;

namespace Ioc.Hub.Tests.Streaming;

public sealed class InProcessEventStreamTests(ITestOutputHelper output) : EventStreamContract
{
    private InProcessEventStream? stream;

    protected override IEventStream CreateStream() =>
        stream = new InProcessEventStream(Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System,
            new TestOutputLogger<InProcessEventStream>(output));

    // One process: a second consumer shares the same in-memory stream.
    protected override Task<IEventStream> SecondInstanceAsync() => Task.FromResult<IEventStream>(stream!);

    protected override Task WriteRawAsync(int partition, string json)
    {
        stream!.AppendRaw(partition, json);
        return Task.CompletedTask;
    }
}
