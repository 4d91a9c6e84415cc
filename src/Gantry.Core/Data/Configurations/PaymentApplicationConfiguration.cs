using Gantry.Core.Costs;
using Gantry.Core.Funds;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PaymentApplicationConfiguration : IEntityTypeConfiguration<PaymentApplication>
{
    public void Configure(EntityTypeBuilder<PaymentApplication> builder)
    {
        foreach (var amount in new[] { "MeasuredAmount", "ApprovedAmount", "RetentionDeduction", "AdvanceRecovery", "NetDue", "InvoiceAmount" })
        {
            builder.Property<decimal>(amount).HasPrecision(18, 2);
        }

        builder.Property(a => a.InvoiceNumber).HasMaxLength(PaymentApplication.InvoiceMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.ProjectId, a.Number }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
