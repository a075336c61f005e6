using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps the host's events in memory, for tests of what is logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
