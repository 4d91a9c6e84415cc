using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class BudgetVersionConfiguration : IEntityTypeConfiguration<BudgetVersion>
{
    public void Configure(EntityTypeBuilder<BudgetVersion> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(BudgetVersion.NameMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.ProjectId, b.Number }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
