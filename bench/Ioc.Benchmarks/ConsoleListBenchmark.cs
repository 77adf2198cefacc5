using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ioc.Data.CaseQueries;
using Ioc.Data.Cases;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Benchmarks;

/// <summary>
/// docs/BENCHMARKS.md "Console case list": 200 000 Khánh Hòa cases over a year (agencies, fields, units and channels
/// from the reference data, 8 % open, statuses, emergencies, Vietnamese descriptions, ~1.2 KB of state JSON each)
/// written through the bulk writer into a fresh PostgreSQL database, then each console filter of the list run
/// <c>rounds</c> times as the page runs it (count + one page). Prints p50 / p95 / max per filter and overall.
/// </summary>
public static class ConsoleListBenchmark
{
    private static readonly DateTime End = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Channels = ["hotline", "hotline", "hotline", "portal", "portal", "app", "app", "email", "zalo", "chatbot"];
    private static readonly string[] Steps = ["reception", "acceptance", "processing", "processing", "processing", "approval", "publication"];
    private static readonly string[] Words = ["đèn đường", "ngập nước", "rác thải", "lấn chiếm vỉa hè", "ổ gà", "tiếng ồn", "cống thoát nước", "cây xanh", "điện", "nước sinh hoạt", "xe quá tải", "thủ tục đất đai"];

    public static async Task RunAsync(StorageProvider provider, int count, int rounds)
    {
        var reference = ReferenceDataLoader.LoadEmbedded().Single(f => f.ProfileId == "khanh-hoa");
        var agencies = reference.Agencies!.Select(a => a.Id!).ToArray();
        var fields = reference.Fields!.Select(f => f.Code!).ToArray();
        var units = reference.AdminUnits!.Select(u => u.Code!).ToArray();
        await using var database = await BenchDatabase.CreateAsync(provider);
        var random = new Random(20261123);

        var write = Stopwatch.StartNew();
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            var cases = Enumerable.Range(start, Math.Min(batch, count - start)).Select(i => Case(i, random, agencies, fields, units)).ToList();
            await database.Writer.WriteBatchAsync([], cases, [], null);
        }
        write.Stop();
        await using (var db = database.CreateContext())
        {
            if (provider == StorageProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE cases");
            else
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        Console.WriteLine($"{provider}: {count:N0} cases written in {write.Elapsed.TotalSeconds:F1} s");

        var profile = "khanh-hoa";
        var busiest = agencies[0];
        (string Name, CaseListFilter Filter, CaseListSort Sort, int Skip)[] queries =
        [
            ("open, newest first", new() { ProfileId = profile }, CaseListSort.ReceivedDesc, 0),
            ("open, page 20", new() { ProfileId = profile }, CaseListSort.ReceivedDesc, 19 * 25),
            ("agency + overdue", new() { ProfileId = profile, AgencyId = busiest, State = CaseListState.Overdue }, CaseListSort.DueAsc, 0),
            ("all, agency, newest", new() { ProfileId = profile, AgencyId = busiest, State = CaseListState.All }, CaseListSort.ReceivedDesc, 0),
            ("all, field, page 3", new() { ProfileId = profile, Field = "environment", State = CaseListState.All }, CaseListSort.ReceivedDesc, 50),
            ("all, unit + month", new() { ProfileId = profile, Unit = units[1], State = CaseListState.All, From = new(2026, 6, 1), To = new(2026, 6, 30) }, CaseListSort.ReceivedDesc, 0),
            ("closed, channel + step", new() { ProfileId = profile, State = CaseListState.Closed, Channel = "zalo", Step = "publication" }, CaseListSort.ReceivedDesc, 0),
            ("all, emergencies", new() { ProfileId = profile, State = CaseListState.All, Emergency = true }, CaseListSort.ReceivedDesc, 0),
            ("due soon, by due", new() { ProfileId = profile, State = CaseListState.DueSoon }, CaseListSort.DueAsc, 0),
            ("search by code", new() { ProfileId = profile, State = CaseListState.All, Query = "kh-2026-123456" }, CaseListSort.ReceivedDesc, 0),
            ("search text, open", new() { ProfileId = profile, Query = "cống thoát" }, CaseListSort.ReceivedDesc, 0),
            ("search text, all", new() { ProfileId = profile, State = CaseListState.All, Query = "cống thoát" }, CaseListSort.ReceivedDesc, 0),
        ];

        var all = new List<double>();
        Console.WriteLine($"{"filter",-26} {"total",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (name, filter, sort, skip) in queries)
        {
            var times = new List<double>();
            var total = 0;
            for (var round = 0; round < rounds + 2; round++)
            {
                var watch = Stopwatch.StartNew();
                await using var db = database.CreateContext();
                var page = await CaseListQuery.PageAsync(db, db.Cases.AsNoTracking(), filter, sort, skip, 25);
                watch.Stop();
                total = page.Total;
                if (round >= 2)
                    times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the pool and the plan cache
            }
            all.AddRange(times);
            Console.WriteLine($"{name,-26} {total,8:N0} {Percentile(times, 50),8:F1} {Percentile(times, 95),8:F1} {times.Max(),8:F1}");
        }
        Console.WriteLine($"{"every filter",-26} {"",8} {Percentile(all, 50),8:F1} {Percentile(all, 95),8:F1} {all.Max(),8:F1}");
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static CaseRecord Case(int i, Random random, string[] agencies, string[] fields, string[] units)
    {
        // Skewed like real traffic: a few agencies and fields take most cases.
        var agency = agencies[(int)(Math.Pow(random.NextDouble(), 2.2) * agencies.Length)];
        var field = fields[(int)(Math.Pow(random.NextDouble(), 1.8) * fields.Length)];
        var received = End.AddMinutes(-random.Next(0, 365 * 24 * 60));
        var open = random.NextDouble() < 0.08;
        var roll = random.NextDouble();
        var status = !open ? "Closed" : roll < 0.15 ? "Overdue" : roll < 0.3 ? "DueSoon" : "OnTime";
        var emergency = random.NextDouble() < 0.01;
        var resolved = open ? (DateTime?)null : received.AddHours(random.Next(2, 24 * 12));
        var id = $"kh-{i:D6}";
        var words = Words[random.Next(Words.Length)];
        return new CaseRecord
        {
            Id = id,
            Code = $"KH-2026-{i:D6}",
            ProfileId = "khanh-hoa",
            Channel = Channels[random.Next(Channels.Length)],
            FieldCode = field,
            AdminUnitCode = units[random.Next(units.Length)],
            Latitude = 12 + random.NextDouble(),
            Longitude = 109 + random.NextDouble() * 0.3,
            Description = $"Người dân phản ánh {words} tại tổ {random.Next(1, 40)}, khu phố {random.Next(1, 12)}; tình trạng kéo dài {random.Next(2, 30)} ngày, đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm.",
            IsEmergency = emergency,
            EmergencyCategory = emergency ? "fire" : null,
            IsConfidential = random.NextDouble() < 0.02,
            ReceivedAtUtc = received,
            Stage = open ? "accepted" : "published",
            CurrentStep = open ? Steps[random.Next(Steps.Length)] : "publication",
            Holder = open ? agency : null,
            LeadAgencyId = agency,
            StepDueAtUtc = open ? received.AddDays(random.Next(1, 8)) : null,
            CaseDueAtUtc = received.AddDays(9),
            SlaStatus = status,
            LateByMinutes = status == "Overdue" ? random.Next(10, 5000) : null,
            ResolvedAtUtc = resolved,
            ClosedAtUtc = resolved,
            Rating = resolved is null ? null : random.NextDouble() < 0.8 ? "satisfied" : "unsatisfied",
            LastSequence = open ? 3 : 7,
            LastEventAtUtc = resolved ?? received.AddHours(3),
            UpdatedAtUtc = resolved ?? received.AddHours(3),
            StreamPosition = $"{1767571200000 + i}-0",
            StateJson = State(id, received),
        };
    }

    // About the size of a projected CaseState (1–1.5 KB): the row width is what a scan pays for.
    private static string State(string id, DateTime received)
    {
        var state = new StringBuilder(1300);
        state.Append("{\"caseId\":\"").Append(id).Append("\",\"receivedAt\":\"").Append(received.ToString("O", CultureInfo.InvariantCulture)).Append("\",\"steps\":[");
        for (var i = 0; i < 9; i++)
        {
            state.Append(i == 0 ? "" : ",").Append("{\"step\":\"s").Append(i).Append("\",\"dueAt\":\"2026-01-0").Append(i + 1)
                .Append("T08:00:00+07:00\",\"holder\":\"kh-sxd\",\"note\":\"Chuyển xử lý theo thẩm quyền\"}");
        }
        return state.Append("]}").ToString();
    }
}
