using Ioc.Data.Cases;
using Ioc.Data.Kpi;
using Ioc.Data.Storage;
using Ioc.Data.Streaming;
using Microsoft.Data.Sqlite;
using static Ioc.Data.Bulk.BulkTables;

namespace Ioc.Data.Bulk;

/// <summary>
/// SQLite bulk writer: one <c>BEGIN IMMEDIATE</c> transaction per call (the single writer lock is taken up front, so
/// a concurrent writer waits instead of failing on upgrade) and one prepared statement per table, reused for every
/// row. SQLite works in-process, so the calls complete synchronously.
/// </summary>
public sealed class SqliteCaseStoreWriter(string connectionString) : ICaseStoreWriter
{
    private static readonly string InsertEvent =
        $"INSERT INTO {EventsTable} ({List(EventColumns)}) VALUES ({Placeholders(EventColumns.Length)})";

    private static readonly string InsertNewEvent = InsertEvent + " ON CONFLICT (event_id) DO NOTHING";

    private static readonly string UpsertCase =
        $"INSERT INTO {CasesTable} ({List(CaseColumns)}) VALUES ({Placeholders(CaseColumns.Length)}) " +
        $"ON CONFLICT (id) DO UPDATE SET {UpdateFromExcluded(CaseColumns, "id")} WHERE {CasesTable}.last_sequence <= excluded.last_sequence";

    private static readonly string UpsertReporter =
        $"INSERT INTO {ReportersTable} ({List(ReporterColumns)}) VALUES ({Placeholders(ReporterColumns.Length)}) " +
        $"ON CONFLICT (case_id) DO UPDATE SET {UpdateFromExcluded(ReporterColumns, "case_id")} WHERE {ReportersTable}.anonymised_at_utc IS NULL";

    private static readonly string UpsertCheckpoint =
        $"INSERT INTO {CheckpointsTable} ({List(CheckpointColumns)}) VALUES ({Placeholders(CheckpointColumns.Length)}) " +
        $"ON CONFLICT (stream) DO UPDATE SET {UpdateFromExcluded(CheckpointColumns, "stream")}";

    private static readonly string AddDailyStats =
        $"INSERT INTO {DailyStatsTable} ({List(DailyStatsColumns)}) VALUES ({Placeholders(DailyStatsColumns.Length)}) " +
        $"ON CONFLICT ({List(DailyStatsKeyColumns)}) DO UPDATE SET {AddDailyStatsFromExcluded}";

    public Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default) =>
        WriteBatchAsync(events, cases, reporters, [], checkpoint, ct);

    public Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        IReadOnlyList<DailyStats> dailyStats,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default)
    {
        BatchRules.RequireUtc(events, cases, reporters, checkpoint);
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);

        var inserted = WriteAll(connection, InsertNewEvent, events, BindEvent, ct);
        WriteAll(connection, UpsertCase, BatchRules.LatestSnapshots(cases), BindCase, ct);
        WriteAll(connection, UpsertReporter, BatchRules.LatestReporters(reporters), BindReporter, ct);
        WriteAll(connection, AddDailyStats, BatchRules.MergeDailyStats(dailyStats), BindDailyStats, ct);
        if (checkpoint is not null)
        {
            WriteAll(connection, UpsertCheckpoint, [checkpoint], BindCheckpoint, ct);
        }

        ct.ThrowIfCancellationRequested();
        transaction.Commit();
        return Task.FromResult(inserted);
    }

    public Task BulkInsertEventsAsync(IReadOnlyList<EventRecord> events, CancellationToken ct = default)
    {
        BatchRules.RequireUtc(events, [], [], null);
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        WriteAll(connection, InsertEvent, events, BindEvent, ct);
        ct.ThrowIfCancellationRequested();
        transaction.Commit();
        return Task.CompletedTask;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqlitePragmas.ApplyForBulkWrites(connection);
        return connection;
    }

    /// <summary>Runs one prepared statement per row; returns the rows changed (inserted or updated).</summary>
    private static int WriteAll<TRow>(SqliteConnection connection, string sql, IReadOnlyList<TRow> rows, Action<SqliteStatement, TRow> bind, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        using var statement = new SqliteStatement(connection, sql);
        var changed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            bind(statement, rows[i]);
            changed += statement.Execute();
        }

        return changed;
    }

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"?{i}"));

    private static void BindEvent(SqliteStatement s, EventRecord e)
    {
        s.Bind(1, e.EventId);
        s.Bind(2, e.CaseId);
        s.Bind(3, e.Sequence);
        s.Bind(4, e.Type);
        s.Bind(5, e.OccurredAtUtc);
        s.Bind(6, e.OccurredOffsetMinutes);
        s.Bind(7, e.RecordedAtUtc);
        s.Bind(8, e.StreamPosition);
        s.Bind(9, e.PayloadJson);
    }

    private static void BindCase(SqliteStatement s, CaseRecord c)
    {
        s.Bind(1, c.Id);
        s.Bind(2, c.Code);
        s.Bind(3, c.ProfileId);
        s.Bind(4, c.Channel);
        s.Bind(5, c.FieldCode);
        s.Bind(6, c.AdminUnitCode);
        s.Bind(7, c.Latitude);
        s.Bind(8, c.Longitude);
        s.Bind(9, c.Description);
        s.Bind(10, c.IsEmergency);
        s.Bind(11, c.EmergencyCategory);
        s.Bind(12, c.IsConfidential);
        s.Bind(13, c.IsStateSecret);
        s.Bind(14, c.ReceivedAtUtc);
        s.Bind(15, c.Stage);
        s.Bind(16, c.CurrentStep);
        s.Bind(17, c.Holder);
        s.Bind(18, c.LeadAgencyId);
        s.Bind(19, c.StepDueAtUtc);
        s.Bind(20, c.CaseDueAtUtc);
        s.Bind(21, c.SlaStatus);
        s.Bind(22, c.LateByMinutes);
        s.Bind(23, c.ResolvedAtUtc);
        s.Bind(24, c.ClosedAtUtc);
        s.Bind(25, c.Rating);
        s.Bind(26, c.ExtensionCount);
        s.Bind(27, c.RescheduleCount);
        s.Bind(28, c.ReopenCount);
        s.Bind(29, c.LastSequence);
        s.Bind(30, c.LastEventAtUtc);
        s.Bind(31, c.UpdatedAtUtc);
        s.Bind(32, c.StreamPosition);
        s.Bind(33, c.StateJson);
    }

    private static void BindReporter(SqliteStatement s, CaseReporter r)
    {
        s.Bind(1, r.CaseId);
        s.Bind(2, r.Name);
        s.Bind(3, r.Phone);
        s.Bind(4, r.Email);
        s.Bind(5, r.IdNumber);
        s.Bind(6, r.Address);
        s.Bind(7, r.AnonymisedAtUtc);
    }

    private static void BindDailyStats(SqliteStatement s, DailyStats d)
    {
        s.Bind(1, d.ProfileId);
        // EF Core's SQLite form of a DateOnly.
        s.Bind(2, d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        s.Bind(3, d.AgencyId);
        s.Bind(4, d.FieldCode);
        s.Bind(5, d.Channel);
        s.Bind(6, d.AdminUnitCode);
        s.Bind(7, d.IsStateSecret);
        var metrics = DailyStatsMetrics.All;
        for (var i = 0; i < metrics.Length; i++)
        {
            s.Bind(8 + i, metrics[i].Get(d));
        }
    }

    private static void BindCheckpoint(SqliteStatement s, StreamCheckpoint c)
    {
        s.Bind(1, c.Stream);
        s.Bind(2, c.Position);
        s.Bind(3, c.UpdatedAtUtc);
    }
}
