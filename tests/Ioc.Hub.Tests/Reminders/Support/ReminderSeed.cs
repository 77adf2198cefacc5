using Ioc.Data;
using Ioc.Data.Agencies;
using Ioc.Data.Cases;
using Ioc.Data.Notifications;

namespace Ioc.Hub.Tests.Reminders.Support;

/// <summary>Agencies and projected cases written straight into a store, as the projection would have left them.</summary>
public static class ReminderSeed
{
    public static Agency Agency(string id, bool withContacts = true) => new()
    {
        Id = id,
        ProfileId = "khanh-hoa",
        Name = $"UBND phường {id}",
        Level = AgencyLevels.Commune,
        FocalOfficer = withContacts ? new Contact { Name = "Phan Diệu Hà", Phone = "0900000002", Email = $"{id}.daumoi@example.vn" } : new Contact(),
        Leader = withContacts ? new Contact { Name = "Trịnh Thanh Uyên", Phone = "0900000001", Email = $"{id}.lanhdao@example.vn" } : new Contact(),
        Head = withContacts ? new Contact { Name = "Vũ Hữu Tùng", Phone = "0900000003", Email = $"{id}.thutruong@example.vn" } : new Contact(),
    };

    /// <summary>An open case at the processing step of <paramref name="agencyId"/>, overdue since <paramref name="dueUtc"/> when it has passed.</summary>
    public static CaseRecord Case(string id, string agencyId, DateTime dueUtc, string status = "Overdue", bool emergency = false) => new()
    {
        Id = id,
        Code = $"PAKN-{id}",
        ProfileId = "khanh-hoa",
        Channel = "hotline",
        FieldCode = "environment",
        AdminUnitCode = "22333",
        Description = "Rác thải ùn ứ",
        IsEmergency = emergency,
        ReceivedAtUtc = dueUtc.AddDays(-3),
        Stage = "accepted",
        CurrentStep = "processing",
        Holder = agencyId,
        LeadAgencyId = agencyId,
        StepDueAtUtc = dueUtc,
        CaseDueAtUtc = dueUtc,
        SlaStatus = status,
        LastSequence = 4,
        LastEventAtUtc = dueUtc.AddDays(-1),
        UpdatedAtUtc = dueUtc.AddDays(-1),
        StateJson = "{}",
    };

    public static OutboxMessage Sms(int i, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Channel = NotificationChannels.Sms,
        Recipient = $"09000000{i:00}",
        Body = $"Tin nhắn thử {i}",
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
    };

    public static async Task AddAsync(IocDbContext db, params object[] rows)
    {
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
