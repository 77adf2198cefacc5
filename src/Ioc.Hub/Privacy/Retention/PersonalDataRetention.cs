using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ioc.Data;
using Ioc.Data.Audit;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Privacy.Retention;

/// <summary>
/// Anonymises the reporter's personal data of the cases closed longer ago than their profile's retention
/// (<see cref="SlaProfile.RetentionDays"/>; Tây Ninh 30 days, 003 Điều 12.1): the <c>case_reporters</c> row is emptied and
/// marked anonymised, and the reporter object of the stored <c>case.received</c> payload is emptied, so neither a screen
/// nor a rebuild from the log brings the data back. The cases, their events and every KPI input are kept.
/// One audit entry per profile and run that anonymised anything. Idempotent: safe on several workers at once.
/// </summary>
public sealed class PersonalDataRetention(
    IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<PersonalDataRetention> logger)
{
    public const string AuditUser = "system:retention";
    public const string AuditAction = "retention.anonymise";

    private static readonly JsonSerializerOptions PayloadWriting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One pass over every profile that has a retention period; returns the number of cases anonymised.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var total = 0;
        foreach (var profile in catalog.Profiles.Where(p => p.RetentionDays is not null))
        {
            total += await RunAsync(profile.Id, profile.RetentionDays!.Value, ct);
        }
        return total;
    }

    private async Task<int> RunAsync(string profileId, int retentionDays, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Counted from the closing: an open case still needs its reporter (the answer goes to them).
        var closedBefore = now.AddDays(-retentionDays);
        var anonymised = 0;
        while (true)
        {
            List<string> ids;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                ids = await db.CaseReporters.AsNoTracking()
                    .Where(r => r.AnonymisedAtUtc == null)
                    .Join(db.Cases.Where(c => c.ProfileId == profileId && c.ClosedAtUtc != null && c.ClosedAtUtc < closedBefore),
                        r => r.CaseId, c => c.Id, (r, c) => r.CaseId)
                    .OrderBy(id => id)
                    .Take(options.Value.BatchSize)
                    .ToListAsync(ct);
            }
            if (ids.Count == 0)
            {
                break;
            }
            await AnonymiseAsync(ids, now, ct);
            anonymised += ids.Count;
        }

        if (anonymised > 0)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = now,
                UserName = AuditUser,
                Action = AuditAction,
                Target = $"profile:{profileId}",
                Reason = $"retention {retentionDays} days after closing",
                Details = JsonSerializer.Serialize(new { cases = anonymised, closedBeforeUtc = closedBefore }),
            });
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Anonymised the reporters of {Count} cases of {Profile} closed before {ClosedBefore:u}", anonymised, profileId, closedBefore);
        }
        return anonymised;
    }

    private async Task AnonymiseAsync(List<string> ids, DateTime now, CancellationToken ct)
    {
        await using var outer = await contexts.CreateDbContextAsync(ct);
        // PostgreSQL retries transient failures: the whole transaction is the unit retried, with a fresh context.
        await outer.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.CaseReporters.Where(r => ids.Contains(r.CaseId) && r.AnonymisedAtUtc == null).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Name, (string?)null)
                .SetProperty(r => r.Phone, (string?)null)
                .SetProperty(r => r.Email, (string?)null)
                .SetProperty(r => r.IdNumber, (string?)null)
                .SetProperty(r => r.Address, (string?)null)
                .SetProperty(r => r.AnonymisedAtUtc, now), ct);
            var received = await db.Events.Where(e => ids.Contains(e.CaseId) && e.Type == CaseReceived.TypeName).ToListAsync(ct);
            foreach (var e in received)
            {
                e.PayloadJson = WithoutReporter(e.PayloadJson);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
    }

    /// <summary>The payload with an empty reporter object: still a valid <c>case.received</c> (every reporter field is optional).</summary>
    internal static string WithoutReporter(string payloadJson)
    {
        if (JsonNode.Parse(payloadJson) is not JsonObject payload)
        {
            return payloadJson;
        }
        // The contract reads property names case-insensitively (JSON web defaults): "Reporter" is the reporter too.
        foreach (var name in payload.Select(p => p.Key).Where(k => k.Equals("reporter", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            payload[name] = new JsonObject();
        }
        return payload.ToJsonString(PayloadWriting);
    }
}
