using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ioc.Data.Streaming;

internal sealed class StreamCheckpointConfiguration : IEntityTypeConfiguration<StreamCheckpoint>
{
    public void Configure(EntityTypeBuilder<StreamCheckpoint> builder)
    {
        builder.ToTable("stream_checkpoints");
        builder.HasKey(c => c.Stream);
    }
}
