using System.Globalization;
using System.Text;
using Ioc.Data.Cases;

namespace Ioc.Benchmarks;

/// <summary>
/// The rows every bulk-write measurement uses, generated deterministically so the .NET writers and psql's
/// \copy load byte-for-byte the same data. Event payloads are ~300 bytes of JSON with Vietnamese text; a batch of
/// <see cref="EventsPerBatch"/> events touches <see cref="CasesPerBatch"/> cases (5 events each), whose snapshots
/// (~1 KB of state JSON) go with it.
/// Event ids are either random (UUIDv4) or time-ordered (UUIDv7): random keys scatter every insert across the
/// whole primary-key index, time-ordered ones append to it.
/// </summary>
public sealed class BenchData
{
    public const int EventsPerBatch = 10_000;
    public const int CasesPerBatch = 2_000;
    private const int CasePool = 100_000;
    private static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Types = ["CaseReceived", "CaseClassified", "CaseRouted", "CaseAccepted", "ResultSubmitted", "ResultApproved", "CasePublished"];

    public BenchData(int eventCount, EventIds ids)
    {
        var random = new Random(20261123);
        var events = new EventRecord[eventCount];
        var sequences = new long[CasePool];
        var guid = new byte[16];
        for (var i = 0; i < eventCount; i++)
        {
            var batch = i / EventsPerBatch;
            var caseNumber = (batch * CasesPerBatch + i % CasesPerBatch) % CasePool;
            var sequence = ++sequences[caseNumber];
            random.NextBytes(guid);
            guid[7] = (byte)((guid[7] & 0x0F) | 0x40); // version 4, as producers generate them
            var occurred = Start.AddTicks(i * 370_000L);
            events[i] = new EventRecord
            {
                EventId = ids == EventIds.Random ? new Guid(guid) : Guid.CreateVersion7(new DateTimeOffset(occurred)),
                CaseId = CaseId(caseNumber),
                Sequence = sequence,
                Type = Types[(int)((sequence - 1) % Types.Length)],
                OccurredAtUtc = occurred,
                OccurredOffsetMinutes = 420,
                RecordedAtUtc = occurred.AddMilliseconds(35),
                StreamPosition = $"{1767571200000 + i / 10}-{i % 10}",
                PayloadJson = Payload(caseNumber, sequence, random),
            };
        }

        Events = events;
    }

    public IReadOnlyList<EventRecord> Events { get; }

    /// <summary>The snapshots of every batch, built ahead so the measurement times storage, not their JSON.</summary>
    public List<CaseRecord>[] BuildAllSnapshots() => [.. Enumerable.Range(0, BatchCount).Select(b => Snapshots(Batch(b)))];

    public int BatchCount => (Events.Count + EventsPerBatch - 1) / EventsPerBatch;

    public ArraySegment<EventRecord> Batch(int batch) =>
        new((EventRecord[])Events, batch * EventsPerBatch, Math.Min(EventsPerBatch, Events.Count - batch * EventsPerBatch));

    /// <summary>The snapshot of every case touched by a batch, as the projection would write them.</summary>
    public List<CaseRecord> Snapshots(ArraySegment<EventRecord> batch)
    {
        var latest = new Dictionary<string, EventRecord>(CasesPerBatch);
        foreach (var e in batch)
        {
            latest[e.CaseId] = e;
        }

        return [.. latest.Values.Select(Snapshot)];
    }

    public static string CaseId(int number) => $"kh-{number:D6}";

    /// <summary>Writes the events as CSV in the column order of <c>Ioc.Data.Bulk.BulkTables.EventColumns</c>.</summary>
    public void WriteCsv(TextWriter writer)
    {
        foreach (var e in Events)
        {
            writer.Write(e.EventId.ToString());
            writer.Write(',');
            writer.Write(e.CaseId);
            writer.Write(',');
            writer.Write(e.Sequence.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.Type);
            writer.Write(',');
            writer.Write(e.OccurredAtUtc.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.OccurredOffsetMinutes.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.RecordedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.StreamPosition);
            writer.Write(",\"");
            writer.Write(e.PayloadJson.Replace("\"", "\"\""));
            writer.Write("\"\n");
        }
    }

    private static CaseRecord Snapshot(EventRecord last) => new()
    {
        Id = last.CaseId,
        Code = "KH-2026-" + last.CaseId[3..],
        ProfileId = "khanh-hoa",
        Channel = "hotline",
        FieldCode = "infrastructure",
        AdminUnitCode = "kh-nha-trang",
        Latitude = 12.24,
        Longitude = 109.19,
        Description = "Đèn đường hỏng, đề nghị sửa chữa sớm để đảm bảo an toàn giao thông ban đêm.",
        ReceivedAtUtc = Start,
        Stage = last.Type,
        CurrentStep = "process",
        Holder = "kh-sxd",
        LeadAgencyId = "kh-sxd",
        StepDueAtUtc = last.OccurredAtUtc.AddHours(8),
        CaseDueAtUtc = Start.AddDays(9),
        SlaStatus = "OnTime",
        LastSequence = last.Sequence,
        LastEventAtUtc = last.OccurredAtUtc,
        UpdatedAtUtc = last.RecordedAtUtc,
        StreamPosition = last.StreamPosition,
        StateJson = State(last),
    };

    private static string State(EventRecord last)
    {
        var state = new StringBuilder(1100);
        state.Append("{\"id\":\"").Append(last.CaseId).Append("\",\"sequence\":").Append(last.Sequence).Append(",\"steps\":[");
        for (var i = 0; i < 8; i++)
        {
            state.Append(i == 0 ? "" : ",").Append("{\"step\":\"s").Append(i).Append("\",\"dueAt\":\"2026-01-0").Append(i + 1)
                .Append("T08:00:00+07:00\",\"doneAt\":null,\"holder\":\"kh-sxd\",\"note\":\"Chuyển xử lý theo thẩm quyền\"}");
        }

        return state.Append("]}").ToString();
    }

    private static string Payload(int caseNumber, long sequence, Random random) =>
        $$"""{"caseId":"{{CaseId(caseNumber)}}","sequence":{{sequence}},"actor":"operator-{{random.Next(1, 40):D2}}","agencyId":"kh-sxd","fieldCode":"infrastructure","note":"Người dân phản ánh đèn đường hỏng tại tổ {{random.Next(1, 30)}}, phường Nha Trang; đề nghị kiểm tra, sửa chữa.","lat":12.{{random.Next(1000, 9999)}},"lng":109.{{random.Next(1000, 9999)}}}""";
}

public enum EventIds
{
    /// <summary>UUIDv4, <c>Guid.NewGuid()</c>.</summary>
    Random,

    /// <summary>UUIDv7, <c>Guid.CreateVersion7(occurredAt)</c>.</summary>
    TimeOrdered,
}
