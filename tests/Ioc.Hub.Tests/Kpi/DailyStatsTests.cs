using System.Data.Common;
using System.Text.Json;
using Ioc.Data.Kpi;
using Ioc.Data.Storage;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Kpi;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Kpi;

/// <summary>
/// The daily roll-ups the projection keeps equal a direct computation over <c>cases</c>: plain SQL for the numbers
/// that have columns, the case's own state for those that need working time. Also after redelivered batches and
/// after a rebuild from the log.
/// </summary>
public abstract class DailyStatsTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 16, 0, 0, TestCase.Vietnam);

    [Fact]
    public async Task RollUpsEqualADirectSqlComputationAndSurviveRedeliveryAndRebuild()
    {
        var time = ProjectionHarness.Clock(Now);
        using var live = await ProjectionHarness.StartAsync(database, time);
        var events = CaseHistoryGenerator.Generate(seed: 11, cases: 300, Now);
        events.AddRange(Rerouted("rr-1"));
        events.AddRange(Rerouted("rr-2"));
        var entries = new EventFeed().Entries(events);
        for (var at = 0; at < entries.Count; at += 89)
        {
            var batch = entries.Skip(at).Take(89).ToList();
            await live.ProjectAsync(batch);
            if (at % (89 * 4) == 0)
            {
                // A redelivered batch (the consumer crashed before acknowledging): nothing may count twice.
                await live.ProjectAsync(batch);
            }
        }

        var expected = await DirectAsync(database);
        var rolled = await RollUpsAsync(database);
        Assert.True(expected.Values.Sum(r => r["received"]) == 302, "every case is received once");
        Assert.True(expected.Values.Sum(r => r["resolved"]) > 50, "the generated set should resolve many cases");
        Assert.True(expected.Values.Sum(r => r["forwarded"]) >= 2);
        Assert.True(expected.Values.Sum(r => r["rejected"]) > 5);
        Assert.True(expected.Values.Sum(r => r["rated3"]) > 0, "some unsatisfied ratings");
        Assert.True(expected.Values.Sum(r => r["emergencies"]) > 0);
        AssertSame(expected, rolled);

        var target = new TDatabase();
        await target.InitializeAsync();
        try
        {
            await ProjectionHarness.Rebuilder(time, batchSize: 170).RebuildAsync(database.Store, target.Store);
            AssertSame(expected, await RollUpsAsync(target));
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    private static List<CaseEvent> Rerouted(string id)
    {
        var c = new TestCase(id, ProjectionProfiles.KhanhHoa).At(Now.AddDays(-3));
        var received = c.Received("traffic", "kh-nha-trang");
        c.After(TimeSpan.FromHours(1));
        var first = c.Routed("agency-1");
        c.After(TimeSpan.FromHours(1));
        // Re-routed to another lead before acceptance: a forward.
        return [received, first, c.Routed("agency-2")];
    }

    private static void AssertSame(Dictionary<string, Dictionary<string, long>> expected, Dictionary<string, Dictionary<string, long>> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, row) in expected)
        {
            foreach (var (metric, value) in row)
            {
                Assert.True(value == actual[key][metric], $"{key} {metric}: expected {value}, rolled up {actual[key][metric]}");
            }
        }
    }

    /// <summary>Non-empty roll-up rows by key, with every metric.</summary>
    private static async Task<Dictionary<string, Dictionary<string, long>>> RollUpsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var rows = await context.DailyStats.AsNoTracking().ToListAsync();
        return rows.Where(r => !r.IsEmpty).ToDictionary(
            r => Key(r.ProfileId, r.Day, r.AgencyId, r.FieldCode, r.Channel, r.AdminUnitCode, r.IsStateSecret),
            r => DailyStatsMetrics.All.ToDictionary(m => m.Column, m => m.Get(r)));
    }

    /// <summary>The same numbers computed straight from <c>cases</c>.</summary>
    private static async Task<Dictionary<string, Dictionary<string, long>>> DirectAsync(TestDatabase db)
    {
        var result = new Dictionary<string, Dictionary<string, long>>();
        void Bump(string key, string metric, long by)
        {
            if (by == 0)
            {
                return;
            }
            if (!result.TryGetValue(key, out var row))
            {
                result[key] = row = DailyStatsMetrics.All.ToDictionary(m => m.Column, _ => 0L);
            }
            row[metric] += by;
        }

        var postgres = db.Provider == StorageProvider.Postgres;
        string Day(string column) => postgres ? $"CAST(({column} AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date)" : $"date({column}, '+7 hours')";
        const string Dimensions = "profile_id, COALESCE(lead_agency_id, 'operations-center'), field_code, channel, admin_unit_code, is_state_secret";
        var onTime = "CASE WHEN case_due_at_utc IS NULL OR resolved_at_utc <= case_due_at_utc THEN 1 ELSE 0 END";
        var firstContact = "CASE WHEN stage = 'closed-at-first-contact' THEN 1 ELSE 0 END";
        var reopened = "CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END";

        await using var context = db.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await QueryAsync(connection, $"SELECT {Dimensions}, {Day("received_at_utc")}, COUNT(*), SUM({reopened}) FROM cases GROUP BY {Dimensions}, {Day("received_at_utc")}",
            (key, r) => { Bump(key, "received", r.GetInt64(7)); Bump(key, "reopened", r.GetInt64(8)); });
        await QueryAsync(connection, $"SELECT {Dimensions}, {Day("resolved_at_utc")}, COUNT(*), SUM({onTime}), SUM({firstContact}) FROM cases WHERE resolved_at_utc IS NOT NULL GROUP BY {Dimensions}, {Day("resolved_at_utc")}",
            (key, r) => { Bump(key, "resolved", r.GetInt64(7)); Bump(key, "resolved_on_time", r.GetInt64(8)); Bump(key, "first_contact", r.GetInt64(9)); });
        await QueryAsync(connection, $"SELECT {Dimensions}, {Day("closed_at_utc")}, COUNT(*) FROM cases WHERE stage = 'rejected' GROUP BY {Dimensions}, {Day("closed_at_utc")}",
            (key, r) => Bump(key, "rejected", r.GetInt64(7)));

        // What needs the working calendar or the state's instants, from each case's state as stored.
        var catalog = ProjectionProfiles.Catalog;
        var states = await context.Cases.AsNoTracking().Select(c => new { c.ProfileId, c.LeadAgencyId, c.FieldCode, c.Channel, c.AdminUnitCode, c.IsStateSecret, c.StateJson }).ToListAsync();
        foreach (var c in states)
        {
            var state = JsonDocument.Parse(c.StateJson).RootElement;
            var calendar = catalog.Get(c.ProfileId).Calendar;
            string KeyOn(string instant) => Key(c.ProfileId, HistoryCounters.VietnamDate(At(state, instant)!.Value), c.LeadAgencyId ?? "operations-center", c.FieldCode, c.Channel, c.AdminUnitCode, c.IsStateSecret);
            if (Int(state, "routeCount") > 1 || Int(state, "returnCount") > 0)
            {
                Bump(KeyOn("receivedAt"), "forwarded", 1);
            }
            var resolved = At(state, "publishedAt") ?? (state.GetProperty("stage").GetString() == "closed-at-first-contact" ? At(state, "closedAt") : null);
            if (resolved is { } r && state.GetProperty("stage").GetString() is "published" or "closed-at-first-contact")
            {
                var minutes = (long)calendar.WorkingTimeBetween(At(state, "receivedAt")!.Value, r).TotalMinutes;
                var key = Key(c.ProfileId, HistoryCounters.VietnamDate(r), c.LeadAgencyId ?? "operations-center", c.FieldCode, c.Channel, c.AdminUnitCode, c.IsStateSecret);
                Bump(key, "handling_minutes", minutes);
                Bump(key, DailyStatsMetrics.All[DailyStatsMetrics.FirstHandlingBucket + DailyStatsMetrics.HandlingBucket(minutes)].Column, 1);
            }
            if (state.TryGetProperty("rating", out var rating) && rating.ValueKind == JsonValueKind.String)
            {
                var level = catalog.Get(c.ProfileId).Profile.Satisfaction.ToList().FindIndex(l => l.Code == rating.GetString());
                Bump(KeyOn("ratedAt"), $"rated{level + 1}", 1);
            }
            if (At(state, "acceptedAt") is { } accepted && At(state, "routedAt") is { } routed && accepted >= routed)
            {
                Bump(KeyOn("acceptedAt"), "acknowledged", 1);
                Bump(KeyOn("acceptedAt"), "acknowledge_minutes", (long)calendar.WorkingTimeBetween(routed, accepted).TotalMinutes);
            }
            if (state.TryGetProperty("isEmergency", out var emergency) && emergency.GetBoolean()
                && (At(state, "emergencyAcknowledgedAt") ?? At(state, "acceptedAt")) is { } ack)
            {
                var key = Key(c.ProfileId, HistoryCounters.VietnamDate(ack), c.LeadAgencyId ?? "operations-center", c.FieldCode, c.Channel, c.AdminUnitCode, c.IsStateSecret);
                Bump(key, "emergencies", 1);
                Bump(key, "emergency_minutes", (long)(ack - At(state, "receivedAt")!.Value).TotalMinutes);
            }
        }
        return result;
    }

    private static async Task QueryAsync(DbConnection connection, string sql, Action<string, DbDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var day = reader.GetValue(6) switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                var other => DateOnly.Parse(other.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
            };
            row(Key(reader.GetString(0), day, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetBoolean(5)), reader);
        }
    }

    private static string Key(string profile, DateOnly day, string agency, string field, string channel, string unit, bool secret) =>
        $"{profile}|{day:yyyy-MM-dd}|{agency}|{field}|{channel}|{unit}|{secret}";

    private static DateTimeOffset? At(JsonElement state, string name) =>
        state.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private static int Int(JsonElement state, string name) =>
        state.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}

public sealed class SqliteDailyStatsTests(SqliteTestDatabase database) : DailyStatsTests<SqliteTestDatabase>(database);

public sealed class PostgresDailyStatsTests(PostgresTestDatabase database) : DailyStatsTests<PostgresTestDatabase>(database);
