using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>();

        // The dispatcher's poll: pending messages whose next attempt is due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.ReminderId);
        builder.Property(m => m.Status).HasMaxLength(16);
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.RecipientRole).HasMaxLength(32);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ExternalId).HasMaxLength(200);

        // Delivery receipts find their message by the provider's id.
        builder.HasIndex(m => m.ExternalId);
    }
}
