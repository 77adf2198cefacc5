using Ioc.Hub.Ingest;
using Ioc.Hub.Producers;

namespace Ioc.Hub.Api;

/// <summary><c>POST /api/events</c>: producers append events with their API key (docs/ingest.md).</summary>
public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", (HttpContext http, EventIngestion ingestion) => ingestion.HandleAsync(http))
            .WithTags("Ingest")
            .RequireAuthorization(ProducerKeyDefaults.Policy)
            .Accepts<object>("application/json")
            .Produces<IngestAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
