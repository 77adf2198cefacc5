using System.Collections.Concurrent;
using System.Diagnostics;
using Ioc.Hub.Live.Broadcast;
using Microsoft.Extensions.Logging;

namespace Ioc.Hub.Tests.Live.Support;

/// <summary>
/// Records, server side, when the broadcaster sent each group's batch (its debug line <see cref="LiveBroadcaster.SendingEventId"/>):
/// the pacing measured where it happens, free of the client's scheduling jitter.
/// </summary>
public sealed class SendLog : ILoggerProvider
{
    public ConcurrentQueue<(long At, string Audience, long From, long To)> Sends { get; } = new();

    public ILogger CreateLogger(string categoryName) => categoryName == typeof(LiveBroadcaster).FullName ? new Recorder(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => false;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }

    private sealed class Recorder(SendLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != LiveBroadcaster.SendingEventId || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }
            object? Value(string name) => values.First(v => v.Key == name).Value;
            log.Sends.Enqueue((Stopwatch.GetTimestamp(), (string)Value("Audience")!, (long)Value("From")!, (long)Value("To")!));
        }
    }
}
