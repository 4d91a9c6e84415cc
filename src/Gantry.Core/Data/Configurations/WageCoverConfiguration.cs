using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class WageCoverConfiguration : IEntityTypeConfiguration<WageCover>
{
    public void Configure(EntityTypeBuilder<WageCover> builder)
    {
        // Keyed by the ticket line: the database refuses a second cover of the same wages, whoever saves first.
        builder.HasKey(c => c.LineId);
        builder.Property(c => c.WorkerName).HasMaxLength(Worker.NameMaxLength + 20);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.HasIndex(c => new { c.ProjectId, c.Month, c.WorkerId });
        builder.HasIndex(c => c.PaymentRequestId);
        builder.HasIndex(c => c.WagePaymentId);
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DayLabourLine>().WithMany().HasForeignKey(c => c.LineId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<WagePayment>().WithMany().HasForeignKey(c => c.WagePaymentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PaymentRequest>().WithMany().HasForeignKey(c => c.PaymentRequestId).OnDelete(DeleteBehavior.NoAction);
    }
}
