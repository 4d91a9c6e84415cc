using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class MoneySettingsConfiguration : IEntityTypeConfiguration<MoneySettings>
{
    public void Configure(EntityTypeBuilder<MoneySettings> builder)
    {
        builder.HasKey(s => s.ProjectId);
        builder.Property(s => s.OverrunWarningRate).HasPrecision(9, 4);
        builder.Property(s => s.FundingGapThreshold).HasPrecision(18, 2);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Project>().WithOne().HasForeignKey<MoneySettings>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
