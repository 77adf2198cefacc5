namespace Ioc.Hub.Ingest;

/// <summary>The 202 answer: every event of the request is on the stream, at these positions, in request order.</summary>
public sealed record IngestAccepted(int Accepted, IReadOnlyList<IngestPosition> Positions);

/// <summary>Where one event landed: its partition stream and entry id (docs/streaming.md, "Keys").</summary>
public sealed record IngestPosition(Guid Id, string CaseId, string Stream, string Position);

/// <summary>An event the stream did not take (503 answer); retry it with the same id.</summary>
public sealed record IngestFailure(Guid Id, string CaseId, string Error);
