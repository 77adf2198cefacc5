using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);

        // Anti-spam checks look up the latest reminders of an agency or a case.
        builder.HasIndex(r => new { r.AgencyId, r.CreatedAtUtc });
        builder.HasIndex(r => new { r.CaseId, r.CreatedAtUtc });
    }
}
