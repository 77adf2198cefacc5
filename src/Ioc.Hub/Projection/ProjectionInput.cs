namespace Ioc.Hub.Projection;

/// <summary>One entry to project: from a stream (no recorded instant yet) or from the log during a rebuild.</summary>
internal sealed record ProjectionInput(string? Position, string Json, DateTime? RecordedAtUtc);
