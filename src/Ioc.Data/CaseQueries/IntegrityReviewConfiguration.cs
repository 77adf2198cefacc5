using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.CaseQueries;

internal sealed class IntegrityReviewConfiguration : IEntityTypeConfiguration<IntegrityReview>
{
    public void Configure(EntityTypeBuilder<IntegrityReview> builder)
    {
        builder.ToTable("integrity_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseId).HasMaxLength(64);
        builder.Property(r => r.Flag).HasMaxLength(32);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(2000);
        // A flag is reviewed once; a second click finds the row and records nothing new.
        builder.HasIndex(r => new { r.CaseId, r.Flag }).IsUnique();
    }
}
