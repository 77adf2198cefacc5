using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ioc.Data.Notifications;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// SMS through an HTTP gateway: <c>POST {Url}</c> with a JSON body <c>{ id, to, text, sender }</c>, the outbox id in
/// <c>Idempotency-Key</c> (a gateway that honours it never sends a retry twice) and the key as a bearer token. A 2xx
/// answer is "sent"; its <c>messageId</c> (or <c>id</c>) is kept for delivery receipts. 4xx other than 408/429 is
/// the gateway refusing the message itself, so it fails at once; anything else is retried.
/// </summary>
public sealed class HttpSmsSender(HttpClient http, IOptions<NotificationOptions> options) : INotificationSender
{
    public const string HttpClientName = "ioc-sms";

    public async Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value.Sms;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new { id = message.Id, to = message.Recipient, text = message.Body, sender = settings.SenderName }),
        };
        request.Headers.Add("Idempotency-Key", message.Id.ToString());
        if (!string.IsNullOrEmpty(settings.ApiKey))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        GatewayAnswer.ThrowIfFailed("SMS gateway", response.StatusCode, text);
        return new(GatewayAnswer.Id(text, "messageId", "id"));
    }
}

internal static class GatewayAnswer
{
    public static void ThrowIfFailed(string gateway, HttpStatusCode status, string body)
    {
        if ((int)status is >= 200 and < 300)
            return;
        var detail = $"{gateway} answered {(int)status} {status}: {Shorten(body)}";
        if ((int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            throw new PermanentSendException(detail);
        // 401/403: a credential problem the operator fixes; the message must wait for it, not be dropped.
        throw new HttpRequestException(detail);
    }

    public static string? Id(string body, params string[] names)
    {
        try
        {
            var node = JsonNode.Parse(body);
            foreach (var name in names)
            {
                var value = name.Split('.').Aggregate(node, (n, part) => n?[part]);
                if (value is JsonValue v && v.ToString() is { Length: > 0 } id)
                    return id;
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }
        return null;
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
