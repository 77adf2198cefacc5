using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Kiosk;

internal sealed class KioskDisplayConfiguration : IEntityTypeConfiguration<KioskDisplay>
{
    public void Configure(EntityTypeBuilder<KioskDisplay> builder)
    {
        builder.ToTable("kiosk_displays");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(KioskDisplay.NameMaxLength);
        builder.Property(k => k.TokenHash).HasMaxLength(KioskDisplay.TokenHashLength);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.Property(k => k.RevokedBy).HasMaxLength(256);
        builder.Property(k => k.LastConnection).HasMaxLength(16);
        builder.Property(k => k.Mode).HasMaxLength(16);
        builder.Property(k => k.Panels).HasMaxLength(200);
        builder.Property(k => k.MapWindow).HasMaxLength(16);
        // Every kiosk sign-in and re-validation looks its token up by hash.
        builder.HasIndex(k => k.TokenHash).IsUnique();
    }
}
