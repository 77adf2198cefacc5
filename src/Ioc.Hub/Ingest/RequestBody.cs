using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Ioc.Hub.Ingest;

/// <summary>Reads a request body into memory up to a limit, whether or not the client announced its length.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null as soon as it proves longer than <paramref name="limit"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;
        // Our limit replaces the server's (Kestrel's default is 30 MB), so that both paths end in our own 413.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = null;

        var body = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? 64 * 1024, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                    return null;
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }
}
