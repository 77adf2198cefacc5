using Ioc.Data.Agencies;
using Ioc.Data.Audit;
using Ioc.Data.Calendar;
using Ioc.Data.Cases;
using Ioc.Data.CaseQueries;
using Ioc.Data.Identity;
using Ioc.Data.Kpi;
using Ioc.Data.Notifications;
using Ioc.Data.Producers;
using Ioc.Data.Reference;
using Ioc.Data.Reminders;
using Ioc.Data.Storage;
using Ioc.Data.Streaming;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Data;

/// <summary>
/// The whole model, provider-neutral. Each provider has a subclass with its own migration set
/// (<see cref="SqliteIocDbContext"/>, <see cref="PostgresIocDbContext"/>), following EF Core's
/// "Migrations with multiple providers". Resolve it through <c>IDbContextFactory&lt;IocDbContext&gt;</c>.
/// </summary>
public abstract class IocDbContext(DbContextOptions options) : IdentityDbContext<IocUser>(options)
{
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<CaseReporter> CaseReporters => Set<CaseReporter>();
    public DbSet<EventRecord> Events => Set<EventRecord>();
    public DbSet<StreamCheckpoint> StreamCheckpoints => Set<StreamCheckpoint>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<ReminderCase> ReminderCases => Set<ReminderCase>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ProducerApiKey> ProducerApiKeys => Set<ProducerApiKey>();
    public DbSet<CalendarOverride> CalendarOverrides => Set<CalendarOverride>();
    public DbSet<Kiosk.KioskDisplay> KioskDisplays => Set<Kiosk.KioskDisplay>();
    public DbSet<IntegrityReview> IntegrityReviews => Set<IntegrityReview>();
    public DbSet<DailyStats> DailyStats => Set<DailyStats>();
    public DbSet<GeneratedReport> GeneratedReports => Set<GeneratedReport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IocDbContext).Assembly);
        builder.Entity<IocUser>().Property(u => u.DisplayName).HasMaxLength(200);

        // Our tables use snake_case so the bulk writers' hand-written SQL needs no quoting; Identity keeps its names.
        SnakeCaseNames.Apply(builder, entity => entity.ClrType.Namespace?.StartsWith("Ioc.Data.", StringComparison.Ordinal) == true
            && entity.ClrType != typeof(IocUser));
    }
}
