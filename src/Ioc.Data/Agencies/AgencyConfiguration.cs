using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.ProfileId);
        builder.Property(a => a.ContactsEditedBy).HasMaxLength(256);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(a => a.Leader, c => MapContact(c, "leader"));
        builder.OwnsOne(a => a.FocalOfficer, c => MapContact(c, "focal_officer"));
        builder.OwnsOne(a => a.Head, c => MapContact(c, "head"));
        builder.Navigation(a => a.Leader).IsRequired();
        builder.Navigation(a => a.FocalOfficer).IsRequired();
        builder.Navigation(a => a.Head).IsRequired();
    }

    private static void MapContact<TOwner>(OwnedNavigationBuilder<TOwner, Contact> contact, string prefix)
        where TOwner : class
    {
        contact.Property(c => c.Name).HasColumnName($"{prefix}_name");
        contact.Property(c => c.Title).HasColumnName($"{prefix}_title");
        contact.Property(c => c.Phone).HasColumnName($"{prefix}_phone");
        contact.Property(c => c.Email).HasColumnName($"{prefix}_email");
        contact.Property(c => c.ZaloUserId).HasColumnName($"{prefix}_zalo_user_id");
        contact.Property(c => c.PreferredChannel).HasColumnName($"{prefix}_preferred_channel").HasMaxLength(16);
    }
}
