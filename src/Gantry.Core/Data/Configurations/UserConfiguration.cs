using Gantry.Core.Organisations;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.UserName).HasMaxLength(User.UserNameMaxLength);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(User.UserNameMaxLength).IsNotAudited();
        builder.Property(u => u.Email).HasMaxLength(200);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(200).IsNotAudited();
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(200).IsAuditSecret();
        builder.Property(u => u.SecurityStamp).HasMaxLength(64).IsAuditSecret();
        builder.Property(u => u.PreferredCulture).HasMaxLength(20);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
