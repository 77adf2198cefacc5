using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Kpi;

internal sealed class DailyStatsConfiguration : IEntityTypeConfiguration<DailyStats>
{
    public void Configure(EntityTypeBuilder<DailyStats> builder)
    {
        builder.ToTable("daily_stats");
        // The KPI page reads a province's days first; the key's order serves that range scan.
        builder.HasKey(s => new { s.ProfileId, s.Day, s.AgencyId, s.FieldCode, s.Channel, s.AdminUnitCode, s.IsStateSecret });
        builder.Ignore(s => s.IsEmpty);
    }
}

internal sealed class GeneratedReportConfiguration : IEntityTypeConfiguration<GeneratedReport>
{
    public void Configure(EntityTypeBuilder<GeneratedReport> builder)
    {
        builder.ToTable("generated_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(20);
        // One scheduled report per period: the job may run again after a restart and must not store it twice.
        builder.HasIndex(r => new { r.ProfileId, r.Kind, r.From, r.To }).IsUnique();
    }
}
