using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(Project.CodeMaxLength);
        builder.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.Location).HasMaxLength(Project.LocationMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
        builder.Property(p => p.ContractAmount).HasPrecision(18, 2);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.SearchText).HasMaxLength(Project.CodeMaxLength + Project.NameMaxLength + Project.LocationMaxLength + 2)
            .IsNotAudited();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
