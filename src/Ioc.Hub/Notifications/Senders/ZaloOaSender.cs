using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ioc.Data.Notifications;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// A Zalo Official Account text message: <c>POST {Url}</c> (the OA API's customer-service message endpoint) with the
/// OA token in the <c>access_token</c> header and <c>{ recipient: { user_id }, message: { text } }</c>. Zalo answers
/// 200 with <c>error</c> 0 and <c>data.message_id</c> on success; a non-zero error is the message refused. Zalo reports
/// receipt and reading through the OA webhook (<c>user_received_message</c>, <c>user_seen_message</c>), which
/// <c>/api/notifications/receipts/zalo</c> takes.
/// </summary>
public sealed class ZaloOaSender(HttpClient http, IOptions<NotificationOptions> options) : INotificationSender
{
    public const string HttpClientName = "ioc-zalo";

    public async Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value.Zalo;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new { recipient = new { user_id = message.Recipient }, message = new { text = message.Body } }),
        };
        request.Headers.Add("access_token", settings.ApiKey ?? "");
        request.Headers.Add("Idempotency-Key", message.Id.ToString());
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        GatewayAnswer.ThrowIfFailed("Zalo OA", response.StatusCode, text);
        var error = (JsonNode.Parse(text)?["error"] as JsonValue)?.GetValue<int>() ?? 0;
        if (error != 0)
            throw new PermanentSendException($"Zalo OA error {error}: {GatewayAnswer.Shorten(text)}");
        return new(GatewayAnswer.Id(text, "data.message_id"));
    }
}
