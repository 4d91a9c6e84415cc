using Gantry.Core.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.OverrideReason).HasMaxLength(Receipt.ReasonMaxLength);
        builder.HasIndex(r => new { r.ProjectId, r.ReceivedOn });
        builder.HasIndex(r => r.ApplicationId);
        builder.HasOne<PaymentApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
