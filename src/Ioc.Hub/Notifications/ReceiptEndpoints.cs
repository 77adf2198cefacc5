using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications;

/// <summary>
/// Delivery and read receipts from the gateways, authenticated by the shared secret <c>Ioc:Notifications:CallbackSecret</c>
/// in <c>X-Ioc-Callback-Secret</c>:
/// <c>POST /api/notifications/receipts</c> with <c>{ id | externalId, status: delivered|read|failed, error }</c> (the SMS
/// gateway's form), and <c>POST /api/notifications/receipts/zalo</c> with Zalo OA's webhook events.
/// </summary>
public static class ReceiptEndpoints
{
    public const string SecretHeader = "X-Ioc-Callback-Secret";

    public static IEndpointRouteBuilder MapNotificationReceipts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/receipts").WithTags("Notifications").AllowAnonymous();
        group.MapPost("/", Generic);
        group.MapPost("/zalo", Zalo);
        return app;
    }

    public sealed record Receipt(Guid? Id, string? ExternalId, string? Status, string? Error);

    private static async Task<IResult> Generic(Receipt? receipt, HttpContext http, NotificationReceipts receipts, IOptions<NotificationOptions> options, CancellationToken ct)
    {
        if (!Authorized(http, options.Value))
            return TypedResults.Unauthorized();
        var errors = new Dictionary<string, string[]>();
        if (receipt is null || (receipt.Id is null && string.IsNullOrWhiteSpace(receipt.ExternalId)))
            errors["id"] = ["give the message's id (the Idempotency-Key it was sent with) or externalId"];
        if (!Enum.TryParse<ReceiptKind>(receipt?.Status, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            errors["status"] = ["must be delivered, read or failed"];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Invalid receipt.");
        return await receipts.ApplyAsync(receipt!.Id, receipt.ExternalId, kind, receipt.Error, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<IResult> Zalo(JsonObject? body, HttpContext http, NotificationReceipts receipts, IOptions<NotificationOptions> options, CancellationToken ct)
    {
        if (!Authorized(http, options.Value))
            return TypedResults.Unauthorized();
        var kind = body?["event_name"]?.GetValue<string>() switch
        {
            "user_received_message" => ReceiptKind.Delivered,
            "user_seen_message" => ReceiptKind.Read,
            _ => (ReceiptKind?)null,
        };
        var messageId = body?["message"]?["msg_id"]?.GetValue<string>()
            ?? (body?["message"]?["msg_ids"] as JsonArray)?.FirstOrDefault()?.GetValue<string>();
        if (kind is null || string.IsNullOrWhiteSpace(messageId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["event_name"] = ["expected user_received_message or user_seen_message with message.msg_id"] });
        return await receipts.ApplyAsync(null, messageId, kind.Value, null, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static bool Authorized(HttpContext http, NotificationOptions settings) =>
        !string.IsNullOrEmpty(settings.CallbackSecret)
        && http.Request.Headers[SecretHeader].ToString() is { Length: > 0 } presented
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(settings.CallbackSecret));
}
