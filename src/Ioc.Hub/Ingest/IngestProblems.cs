namespace Ioc.Hub.Ingest;

/// <summary>Problem-details answers of the ingest API (application/problem+json).</summary>
internal static class IngestProblems
{
    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);
}
