using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Calendar;

internal sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> builder)
    {
        builder.ToTable("calendar_overrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasMaxLength(32);
        builder.Property(o => o.Name).HasMaxLength(CalendarOverride.NameMaxLength);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.HasIndex(o => o.FirstDate);
    }
}
