using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Producers;

internal sealed class ProducerApiKeyConfiguration : IEntityTypeConfiguration<ProducerApiKey>
{
    public void Configure(EntityTypeBuilder<ProducerApiKey> builder)
    {
        builder.ToTable("producer_api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.ProducerName).HasMaxLength(ProducerApiKey.ProducerNameMaxLength);
        builder.Property(k => k.KeyPrefix).HasMaxLength(ProducerApiKey.KeyPrefixLength);
        builder.Property(k => k.KeyHash).HasMaxLength(ProducerApiKey.KeyHashLength);
        builder.Property(k => k.Scopes).HasMaxLength(200);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);

        // Every authenticated request looks its key up by hash.
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => k.ProducerName);
    }
}
