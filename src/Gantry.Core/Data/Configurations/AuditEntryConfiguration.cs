using Gantry.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(50);
        builder.Property(a => a.EntityName).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.EntityName, a.EntityKey });
        builder.HasIndex(a => a.ProjectId);
        builder.HasIndex(a => a.At);
    }
}
