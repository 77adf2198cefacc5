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
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.RecipientRole).HasMaxLength(32);
        builder.Property(r => r.Channel).HasMaxLength(16);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.RecipientName).HasMaxLength(200);
        builder.HasMany(r => r.Cases).WithOne().HasForeignKey(c => c.ReminderId).OnDelete(DeleteBehavior.Cascade);

        // The worker's sweep for reminders whose annotations a crash kept off the stream.
        builder.HasIndex(r => r.AnnouncedAtUtc);
    }
}

internal sealed class ReminderCaseConfiguration : IEntityTypeConfiguration<ReminderCase>
{
    public void Configure(EntityTypeBuilder<ReminderCase> builder)
    {
        builder.ToTable("reminder_cases");
        builder.HasKey(c => new { c.ReminderId, c.CaseId });
        builder.Property(c => c.CaseId).HasMaxLength(64);

        // "Was this case reminded within the window?" and a case's reminder history.
        builder.HasIndex(c => new { c.CaseId, c.CreatedAtUtc });
    }
}
