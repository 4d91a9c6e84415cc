using Gantry.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.Code).HasMaxLength(Organisation.CodeMaxLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
