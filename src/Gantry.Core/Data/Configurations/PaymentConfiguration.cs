using Gantry.Core.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.OverrideReason).HasMaxLength(Receipt.ReasonMaxLength);
        builder.HasIndex(p => new { p.ProjectId, p.PaidOn });
        builder.HasIndex(p => p.RequestId);
        builder.HasOne<PaymentRequest>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
