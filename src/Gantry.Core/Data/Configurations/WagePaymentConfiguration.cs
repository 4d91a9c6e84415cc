using Gantry.Core.DayLabour;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class WagePaymentConfiguration : IEntityTypeConfiguration<WagePayment>
{
    public void Configure(EntityTypeBuilder<WagePayment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.HasIndex(p => new { p.ProjectId, p.Month, p.WorkerId });
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
