using Ioc.Data.Cases;
using Ioc.Data.Kpi;
using Ioc.Data.Streaming;

namespace Ioc.Data.Bulk;

/// <summary>Checks and normalisation shared by both writers, so they behave the same on either provider.</summary>
internal static class BatchRules
{
    /// <summary>Rejects non-UTC instants before any row is written (PostgreSQL would, SQLite would store them silently).</summary>
    public static void RequireUtc(IReadOnlyList<EventRecord> events, IReadOnlyList<CaseRecord> cases, IReadOnlyList<CaseReporter> reporters, StreamCheckpoint? checkpoint)
    {
        foreach (var e in events)
        {
            Utc(e.OccurredAtUtc, nameof(EventRecord.OccurredAtUtc), e.EventId);
            Utc(e.RecordedAtUtc, nameof(EventRecord.RecordedAtUtc), e.EventId);
        }

        foreach (var c in cases)
        {
            Utc(c.ReceivedAtUtc, nameof(CaseRecord.ReceivedAtUtc), c.Id);
            Utc(c.StepDueAtUtc, nameof(CaseRecord.StepDueAtUtc), c.Id);
            Utc(c.CaseDueAtUtc, nameof(CaseRecord.CaseDueAtUtc), c.Id);
            Utc(c.ResolvedAtUtc, nameof(CaseRecord.ResolvedAtUtc), c.Id);
            Utc(c.ClosedAtUtc, nameof(CaseRecord.ClosedAtUtc), c.Id);
            Utc(c.LastEventAtUtc, nameof(CaseRecord.LastEventAtUtc), c.Id);
            Utc(c.UpdatedAtUtc, nameof(CaseRecord.UpdatedAtUtc), c.Id);
        }

        foreach (var r in reporters)
        {
            Utc(r.AnonymisedAtUtc, nameof(CaseReporter.AnonymisedAtUtc), r.CaseId);
        }

        if (checkpoint is not null)
        {
            Utc(checkpoint.UpdatedAtUtc, nameof(StreamCheckpoint.UpdatedAtUtc), checkpoint.Stream);
        }
    }

    /// <summary>One snapshot per case: the highest <see cref="CaseRecord.LastSequence"/>, the later one on a tie.</summary>
    public static IReadOnlyList<CaseRecord> LatestSnapshots(IReadOnlyList<CaseRecord> cases)
    {
        if (cases.Count < 2)
        {
            return cases;
        }

        var latest = new Dictionary<string, CaseRecord>(cases.Count, StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (!latest.TryGetValue(c.Id, out var kept) || kept.LastSequence <= c.LastSequence)
            {
                latest[c.Id] = c;
            }
        }

        return latest.Count == cases.Count ? cases : [.. latest.Values];
    }

    /// <summary>One reporter row per case: the later one wins.</summary>
    public static IReadOnlyList<CaseReporter> LatestReporters(IReadOnlyList<CaseReporter> reporters)
    {
        if (reporters.Count < 2)
        {
            return reporters;
        }

        var latest = new Dictionary<string, CaseReporter>(reporters.Count, StringComparer.Ordinal);
        foreach (var r in reporters)
        {
            latest[r.CaseId] = r;
        }

        return latest.Count == reporters.Count ? reporters : [.. latest.Values];
    }

    /// <summary>One row per key, metrics summed; rows that sum to nothing are dropped (no write needed).</summary>
    public static IReadOnlyList<DailyStats> MergeDailyStats(IReadOnlyList<DailyStats> rows)
    {
        var merged = new Dictionary<(string, DateOnly, string, string, string, string, bool), DailyStats>();
        foreach (var row in rows)
        {
            var key = (row.ProfileId, row.Day, row.AgencyId, row.FieldCode, row.Channel, row.AdminUnitCode, row.IsStateSecret);
            if (!merged.TryGetValue(key, out var sum))
            {
                merged[key] = sum = new DailyStats
                {
                    ProfileId = row.ProfileId, Day = row.Day, AgencyId = row.AgencyId, FieldCode = row.FieldCode,
                    Channel = row.Channel, AdminUnitCode = row.AdminUnitCode, IsStateSecret = row.IsStateSecret,
                };
            }
            sum.Add(row, +1);
        }
        return [.. merged.Values.Where(r => !r.IsEmpty)];
    }

    private static void Utc<TRow>(DateTime? value, string field, TRow row)
    {
        if (value is { Kind: not DateTimeKind.Utc } bad)
        {
            throw new ArgumentException($"{field} of {row} is {bad:O} with Kind={bad.Kind}; storage takes UTC instants only.");
        }
    }
}
