using Ioc.Data.Kpi;

namespace Ioc.Data.Bulk;

/// <summary>
/// Table and column names the bulk writers use in their hand-written SQL, in the order they write values.
/// A test checks them against the EF model of both providers, so a new column cannot be forgotten here.
/// </summary>
internal static class BulkTables
{
    public const string EventsTable = "case_events";
    public const string CasesTable = "cases";
    public const string ReportersTable = "case_reporters";
    public const string CheckpointsTable = "stream_checkpoints";

    public static readonly string[] EventColumns =
    [
        "event_id", "case_id", "sequence", "type", "occurred_at_utc", "occurred_offset_minutes", "recorded_at_utc",
        "stream_position", "payload_json",
    ];

    public static readonly string[] CaseColumns =
    [
        "id", "code", "profile_id", "channel", "field_code", "admin_unit_code", "latitude", "longitude", "description",
        "is_emergency", "emergency_category", "is_confidential", "is_state_secret", "received_at_utc", "stage",
        "current_step", "holder", "lead_agency_id", "step_due_at_utc", "case_due_at_utc", "sla_status",
        "late_by_minutes", "resolved_at_utc", "closed_at_utc", "rating", "extension_count", "reschedule_count",
        "reopen_count", "last_sequence", "last_event_at_utc", "updated_at_utc", "stream_position", "state_json",
    ];

    public static readonly string[] ReporterColumns =
    [
        "case_id", "name", "phone", "email", "id_number", "address", "anonymised_at_utc",
    ];

    public static readonly string[] CheckpointColumns = ["stream", "position", "updated_at_utc"];

    public const string DailyStatsTable = "daily_stats";

    public static readonly string[] DailyStatsKeyColumns =
        ["profile_id", "day", "agency_id", "field_code", "channel", "admin_unit_code", "is_state_secret"];

    public static readonly string[] DailyStatsColumns = [.. DailyStatsKeyColumns, .. DailyStatsMetrics.All.Select(m => m.Column)];

    /// <summary><c>m = daily_stats.m + excluded.m</c> for every metric: the rows hold sums of deltas.</summary>
    public static readonly string AddDailyStatsFromExcluded =
        string.Join(", ", DailyStatsMetrics.All.Select(m => $"{m.Column} = {DailyStatsTable}.{m.Column} + excluded.{m.Column}"));

    public static string List(string[] columns) => string.Join(", ", columns);

    /// <summary><c>a = EXCLUDED.a, …</c> for every column but the key.</summary>
    public static string UpdateFromExcluded(string[] columns, string key) =>
        string.Join(", ", columns.Where(c => c != key).Select(c => $"{c} = excluded.{c}"));
}
