namespace Ioc.Hub.Projection;

/// <summary>
/// One stream entry as the consumer hands it to <see cref="CaseProjection.ProjectAsync"/>: the stream it came from,
/// its position there (opaque, e.g. a Redis entry id "1700000000000-0") and the event JSON it carries.
/// </summary>
public sealed record IncomingEntry(string Stream, string Position, string Json);
