using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Cases;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Code).IsUnique();

        // The console's filters: an agency's late cases, a province's intake by date, the SLA worklist.
        builder.HasIndex(c => new { c.LeadAgencyId, c.SlaStatus });
        builder.HasIndex(c => new { c.ProfileId, c.ReceivedAtUtc });
        builder.HasIndex(c => new { c.SlaStatus, c.StepDueAtUtc });
        // The console's case list (docs/BENCHMARKS.md "Console case list"): newest first, overall or per agency,
        // open cases only; resolved cases by date for the on-time rate and the integrity queue.
        builder.HasIndex(c => c.ReceivedAtUtc);
        builder.HasIndex(c => new { c.LeadAgencyId, c.ReceivedAtUtc });
        builder.HasIndex(c => new { c.ClosedAtUtc, c.ReceivedAtUtc });
        builder.HasIndex(c => c.ResolvedAtUtc);

        builder.HasOne(c => c.Reporter).WithOne().HasForeignKey<CaseReporter>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseReporterConfiguration : IEntityTypeConfiguration<CaseReporter>
{
    public void Configure(EntityTypeBuilder<CaseReporter> builder)
    {
        builder.ToTable("case_reporters");
        builder.HasKey(r => r.CaseId);
    }
}

internal sealed class EventRecordConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        // No foreign key to cases: the log is the source of truth and is replayed before any snapshot exists.
        builder.ToTable("case_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Ignore(e => e.OccurredAt);
        builder.HasIndex(e => new { e.CaseId, e.Sequence });
        builder.HasIndex(e => e.OccurredAtUtc);
    }
}
