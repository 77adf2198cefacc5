using Ioc.Data.Cases;
using Ioc.Data.Kpi;
using Ioc.Data.Streaming;
using Npgsql;
using NpgsqlTypes;
using static Ioc.Data.Bulk.BulkTables;

namespace Ioc.Data.Bulk;

/// <summary>
/// PostgreSQL bulk writer: binary COPY into temporary tables that vanish at commit, then one set-based
/// <c>INSERT … SELECT … ON CONFLICT</c> per table, all in one transaction. COPY streams rows without per-row round
/// trips or parameter limits; the INSERT … SELECT gives idempotency and upserts that COPY alone cannot.
/// </summary>
public sealed class PostgresCaseStoreWriter(NpgsqlDataSource dataSource) : ICaseStoreWriter
{
    private const string StageEvents = "ioc_stage_events";
    private const string StageCases = "ioc_stage_cases";
    private const string StageReporters = "ioc_stage_reporters";
    private const string StageDailyStats = "ioc_stage_daily_stats";

    private static readonly string AddDailyStats =
        $"INSERT INTO {DailyStatsTable} ({List(DailyStatsColumns)}) SELECT {List(DailyStatsColumns)} FROM {StageDailyStats} " +
        $"ON CONFLICT ({List(DailyStatsKeyColumns)}) DO UPDATE SET {AddDailyStatsFromExcluded}";

    private static readonly string InsertNewEvents =
        $"INSERT INTO {EventsTable} ({List(EventColumns)}) SELECT {List(EventColumns)} FROM {StageEvents} ON CONFLICT (event_id) DO NOTHING";

    private static readonly string UpsertCases =
        $"INSERT INTO {CasesTable} ({List(CaseColumns)}) SELECT {List(CaseColumns)} FROM {StageCases} " +
        $"ON CONFLICT (id) DO UPDATE SET {UpdateFromExcluded(CaseColumns, "id")} WHERE {CasesTable}.last_sequence <= excluded.last_sequence";

    private static readonly string UpsertReporters =
        $"INSERT INTO {ReportersTable} ({List(ReporterColumns)}) SELECT {List(ReporterColumns)} FROM {StageReporters} " +
        $"ON CONFLICT (case_id) DO UPDATE SET {UpdateFromExcluded(ReporterColumns, "case_id")} WHERE {ReportersTable}.anonymised_at_utc IS NULL";

    private static readonly string UpsertCheckpoint =
        $"INSERT INTO {CheckpointsTable} ({List(CheckpointColumns)}) VALUES ($1, $2, $3) " +
        $"ON CONFLICT (stream) DO UPDATE SET {UpdateFromExcluded(CheckpointColumns, "stream")}";

    public Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default) =>
        WriteBatchAsync(events, cases, reporters, [], checkpoint, ct);

    public async Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        IReadOnlyList<DailyStats> dailyStats,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default)
    {
        BatchRules.RequireUtc(events, cases, reporters, checkpoint);
        var snapshots = BatchRules.LatestSnapshots(cases);
        var reporterRows = BatchRules.LatestReporters(reporters);
        // Merged by key first: ON CONFLICT cannot touch the same row twice in one statement.
        var statsRows = BatchRules.MergeDailyStats(dailyStats);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await CreateStagingTablesAsync(connection, events.Count > 0, snapshots.Count > 0, reporterRows.Count > 0, statsRows.Count > 0, ct);

        var inserted = 0;
        if (events.Count > 0)
        {
            await CopyAsync(connection, StageEvents, EventColumns, events, WriteEventAsync, ct);
            inserted = await ExecuteAsync(connection, InsertNewEvents, ct);
        }

        if (snapshots.Count > 0)
        {
            await CopyAsync(connection, StageCases, CaseColumns, snapshots, WriteCaseAsync, ct);
            await ExecuteAsync(connection, UpsertCases, ct);
        }

        if (reporterRows.Count > 0)
        {
            await CopyAsync(connection, StageReporters, ReporterColumns, reporterRows, WriteReporterAsync, ct);
            await ExecuteAsync(connection, UpsertReporters, ct);
        }

        if (statsRows.Count > 0)
        {
            await CopyAsync(connection, StageDailyStats, DailyStatsColumns, statsRows, WriteDailyStatsAsync, ct);
            await ExecuteAsync(connection, AddDailyStats, ct);
        }

        if (checkpoint is not null)
        {
            await using var command = new NpgsqlCommand(UpsertCheckpoint, connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = checkpoint.Stream });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = checkpoint.Position });
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = checkpoint.UpdatedAtUtc });
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return inserted;
    }

    public async Task BulkInsertEventsAsync(IReadOnlyList<EventRecord> events, CancellationToken ct = default)
    {
        BatchRules.RequireUtc(events, [], [], null);
        if (events.Count == 0)
        {
            return;
        }

        // A single COPY is atomic on its own: straight into the log, no staging.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await CopyAsync(connection, EventsTable, EventColumns, events, WriteEventAsync, ct);
    }

    private static async Task CreateStagingTablesAsync(NpgsqlConnection connection, bool events, bool cases, bool reporters, bool dailyStats, CancellationToken ct)
    {
        // LIKE copies column types and NOT NULL from the real tables, so staging follows every migration.
        var sql = new List<string>(3);
        if (events)
        {
            sql.Add($"CREATE TEMP TABLE {StageEvents} (LIKE {EventsTable}) ON COMMIT DROP");
        }

        if (cases)
        {
            sql.Add($"CREATE TEMP TABLE {StageCases} (LIKE {CasesTable}) ON COMMIT DROP");
        }

        if (reporters)
        {
            sql.Add($"CREATE TEMP TABLE {StageReporters} (LIKE {ReportersTable}) ON COMMIT DROP");
        }

        if (dailyStats)
        {
            sql.Add($"CREATE TEMP TABLE {StageDailyStats} (LIKE {DailyStatsTable}) ON COMMIT DROP");
        }

        if (sql.Count > 0)
        {
            await ExecuteAsync(connection, string.Join(";\n", sql), ct);
        }
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task CopyAsync<TRow>(
        NpgsqlConnection connection,
        string table,
        string[] columns,
        IReadOnlyList<TRow> rows,
        Func<NpgsqlBinaryImporter, TRow, CancellationToken, ValueTask> writeRow,
        CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({List(columns)}) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < rows.Count; i++)
        {
            await importer.StartRowAsync(ct);
            await writeRow(importer, rows[i], ct);
        }

        await importer.CompleteAsync(ct);
    }

    private static async ValueTask WriteEventAsync(NpgsqlBinaryImporter w, EventRecord e, CancellationToken ct)
    {
        await w.WriteAsync(e.EventId, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(e.CaseId, NpgsqlDbType.Text, ct);
        await w.WriteAsync(e.Sequence, NpgsqlDbType.Bigint, ct);
        await w.WriteAsync(e.Type, NpgsqlDbType.Text, ct);
        await w.WriteAsync(e.OccurredAtUtc, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(e.OccurredOffsetMinutes, NpgsqlDbType.Smallint, ct);
        await w.WriteAsync(e.RecordedAtUtc, NpgsqlDbType.TimestampTz, ct);
        await WriteNullableAsync(w, e.StreamPosition, ct);
        await w.WriteAsync(e.PayloadJson, NpgsqlDbType.Text, ct);
    }

    private static async ValueTask WriteCaseAsync(NpgsqlBinaryImporter w, CaseRecord c, CancellationToken ct)
    {
        await w.WriteAsync(c.Id, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.Code, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.ProfileId, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.Channel, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.FieldCode, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.AdminUnitCode, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(w, c.Latitude, NpgsqlDbType.Double, ct);
        await WriteNullableAsync(w, c.Longitude, NpgsqlDbType.Double, ct);
        await w.WriteAsync(c.Description, NpgsqlDbType.Text, ct);
        await w.WriteAsync(c.IsEmergency, NpgsqlDbType.Boolean, ct);
        await WriteNullableAsync(w, c.EmergencyCategory, ct);
        await w.WriteAsync(c.IsConfidential, NpgsqlDbType.Boolean, ct);
        await w.WriteAsync(c.IsStateSecret, NpgsqlDbType.Boolean, ct);
        await w.WriteAsync(c.ReceivedAtUtc, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(c.Stage, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(w, c.CurrentStep, ct);
        await WriteNullableAsync(w, c.Holder, ct);
        await WriteNullableAsync(w, c.LeadAgencyId, ct);
        await WriteNullableAsync(w, c.StepDueAtUtc, NpgsqlDbType.TimestampTz, ct);
        await WriteNullableAsync(w, c.CaseDueAtUtc, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(c.SlaStatus, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(w, c.LateByMinutes, NpgsqlDbType.Integer, ct);
        await WriteNullableAsync(w, c.ResolvedAtUtc, NpgsqlDbType.TimestampTz, ct);
        await WriteNullableAsync(w, c.ClosedAtUtc, NpgsqlDbType.TimestampTz, ct);
        await WriteNullableAsync(w, c.Rating, ct);
        await w.WriteAsync(c.ExtensionCount, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(c.RescheduleCount, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(c.ReopenCount, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(c.LastSequence, NpgsqlDbType.Bigint, ct);
        await w.WriteAsync(c.LastEventAtUtc, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(c.UpdatedAtUtc, NpgsqlDbType.TimestampTz, ct);
        await WriteNullableAsync(w, c.StreamPosition, ct);
        await w.WriteAsync(c.StateJson, NpgsqlDbType.Text, ct);
    }

    private static async ValueTask WriteReporterAsync(NpgsqlBinaryImporter w, CaseReporter r, CancellationToken ct)
    {
        await w.WriteAsync(r.CaseId, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(w, r.Name, ct);
        await WriteNullableAsync(w, r.Phone, ct);
        await WriteNullableAsync(w, r.Email, ct);
        await WriteNullableAsync(w, r.IdNumber, ct);
        await WriteNullableAsync(w, r.Address, ct);
        await WriteNullableAsync(w, r.AnonymisedAtUtc, NpgsqlDbType.TimestampTz, ct);
    }

    private static async ValueTask WriteDailyStatsAsync(NpgsqlBinaryImporter w, DailyStats d, CancellationToken ct)
    {
        await w.WriteAsync(d.ProfileId, NpgsqlDbType.Text, ct);
        await w.WriteAsync(d.Day, NpgsqlDbType.Date, ct);
        await w.WriteAsync(d.AgencyId, NpgsqlDbType.Text, ct);
        await w.WriteAsync(d.FieldCode, NpgsqlDbType.Text, ct);
        await w.WriteAsync(d.Channel, NpgsqlDbType.Text, ct);
        await w.WriteAsync(d.AdminUnitCode, NpgsqlDbType.Text, ct);
        await w.WriteAsync(d.IsStateSecret, NpgsqlDbType.Boolean, ct);
        foreach (var metric in DailyStatsMetrics.All)
        {
            await w.WriteAsync(metric.Get(d), NpgsqlDbType.Bigint, ct);
        }
    }

    private static ValueTask WriteNullableAsync(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? new(w.WriteNullAsync(ct)) : new(w.WriteAsync(value, NpgsqlDbType.Text, ct));

    private static ValueTask WriteNullableAsync<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? new(w.WriteAsync(v, type, ct)) : new(w.WriteNullAsync(ct));
}
