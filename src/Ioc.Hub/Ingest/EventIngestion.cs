using System.Globalization;
using System.Threading.RateLimiting;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Producers;
using Ioc.Hub.Streaming;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ioc.Hub.Ingest;

/// <summary>
/// <c>POST /api/events</c> once the key is authenticated: rate limit, scopes, body, contract, then the stream. All or
/// nothing up to the stream: one bad or forbidden event and nothing is appended (docs/ingest.md).
/// </summary>
public sealed class EventIngestion(
    ProducerRateLimiter rateLimiter,
    CaseEventValidator validator,
    IEventStream stream,
    IOptions<IngestOptions> options,
    ILogger<EventIngestion> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        if (ProducerPrincipal.From(http.User) is not { } producer)
            return TypedResults.Challenge(authenticationSchemes: [ProducerKeyDefaults.AuthenticationScheme]);

        using var lease = await rateLimiter.AcquireAsync(producer.ProducerName, http.RequestAborted);
        if (!lease.IsAcquired)
            return TooManyRequests(http, producer, lease);
        if (!producer.Has(ProducerScopes.Ingest))
            return IngestProblems.Forbidden($"The key {producer.KeyPrefix}… of producer '{producer.ProducerName}' lacks the '{ProducerScopes.Ingest}' scope needed to post events.");
        if (!http.Request.HasJsonContentType())
            return IngestProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the events as JSON with Content-Type: application/json.");

        var o = options.Value;
        var body = await RequestBody.ReadAsync(http.Request, o.MaxRequestBodyBytes, http.RequestAborted);
        if (body is null)
            return IngestProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", string.Create(CultureInfo.InvariantCulture,
                $"The body is larger than {o.MaxRequestBodyBytes} bytes (Ioc:Ingest:MaxRequestBodyBytes). Send smaller batches."));

        var batch = IngestBatch.Read(body.Value, validator, o.MaxBatch, out var bodyProblem);
        if (batch is null)
            return bodyProblem!.Status == StatusCodes.Status400BadRequest
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [bodyProblem.Detail] }, bodyProblem.Detail, title: "The body is not an event or a batch of events.")
                : IngestProblems.Problem(bodyProblem.Status, "Batch too large", bodyProblem.Detail);

        if (!producer.Has(ProducerScopes.Ioc) && Annotations(batch) is { Count: > 0 } annotations)
            return IngestProblems.Forbidden(
                $"Producer '{producer.ProducerName}' may send lifecycle events (case.*) only; IOC annotations (ioc.*) need a key with the '{ProducerScopes.Ioc}' scope. " +
                $"Annotations found: {string.Join(", ", annotations)}. Nothing was appended.");

        if (batch.Errors.Count > 0)
        {
            var detail = batch.IsArray
                ? string.Create(CultureInfo.InvariantCulture, $"{batch.InvalidCount} of {batch.Events.Count} events break the event contract (docs/events.md). Nothing was appended: fix them and send the batch again.")
                : "The event breaks the event contract (docs/events.md). Nothing was appended.";
            return TypedResults.ValidationProblem(batch.Errors, detail, title: "Invalid events.");
        }

        // From here on the request is accepted: finish appending even if the client goes away.
        var events = batch.Events.Select(e => e!.Actor is null ? e with { Actor = producer.ProducerName } : e).ToList();
        var results = await stream.AppendAsync(events, CancellationToken.None);
        return Answer(producer, events, results);
    }

    private static List<string> Annotations(IngestBatch batch) =>
        [.. batch.Events.Select((e, i) => (e, i)).Where(x => x.e is { IsAnnotation: true })
            .Select(x => batch.IsArray ? string.Create(CultureInfo.InvariantCulture, $"[{x.i}] {x.e!.Type}") : x.e!.Type)];

    private IResult Answer(ProducerIdentity producer, IReadOnlyList<CaseEvent> events, IReadOnlyList<AppendResult> results)
    {
        var positions = new List<IngestPosition>(events.Count);
        var failures = new List<IngestFailure>();
        for (var i = 0; i < events.Count; i++)
        {
            if (results[i].Position is { } p)
                positions.Add(new IngestPosition(events[i].Id, events[i].CaseId, p.Stream, p.Position));
            else
                failures.Add(new IngestFailure(events[i].Id, events[i].CaseId, results[i].Error ?? "not appended"));
        }
        if (failures.Count == 0)
        {
            logger.LogDebug("Producer {Producer} appended {Count} events", producer.ProducerName, positions.Count);
            return TypedResults.Json(new IngestAccepted(positions.Count, positions), statusCode: StatusCodes.Status202Accepted);
        }

        // Appends are independent per event (docs/streaming.md, "Appending"): say exactly which landed.
        logger.LogWarning("Producer {Producer}: {Failed} of {Count} events were not appended; first error: {Error}",
            producer.ProducerName, failures.Count, events.Count, failures[0].Error);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Some events were not appended.",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"{failures.Count} of {events.Count} events could not be appended to the stream; the others were. Send the failed ones again with the same ids."),
            extensions: new Dictionary<string, object?> { ["accepted"] = positions.Count, ["positions"] = positions, ["failed"] = failures });
    }

    private static IResult TooManyRequests(HttpContext http, ProducerIdentity producer, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        http.Response.Headers[HeaderNames.RetryAfter] = retryAfter.ToString(CultureInfo.InvariantCulture);
        return IngestProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", string.Create(CultureInfo.InvariantCulture,
            $"Producer '{producer.ProducerName}' is over its request rate (Ioc:Ingest:RateLimit). Retry after {retryAfter} s; batching events into fewer requests helps."));
    }
}
