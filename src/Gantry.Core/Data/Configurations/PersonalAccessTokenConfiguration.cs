using Gantry.Core.Tokens;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength);
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsAuditSecret();
        builder.Property(t => t.DisplayPrefix).HasMaxLength(20);
        builder.Property(t => t.LastUsedAt).IsNotAudited();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
