using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data.Configurations;

internal sealed class PaymentRequestConfiguration : IEntityTypeConfiguration<PaymentRequest>
{
    public void Configure(EntityTypeBuilder<PaymentRequest> builder)
    {
        builder.Property(p => p.RequestedAmount).HasPrecision(18, 2);
        builder.Property(p => p.ApprovedAmount).HasPrecision(18, 2);
        builder.Property(p => p.Description).HasMaxLength(PaymentRequest.DescriptionMaxLength);
        builder.Property(p => p.OverrideReason).HasMaxLength(Receipt.ReasonMaxLength);
        builder.Property(p => p.RejectionReason).HasMaxLength(Receipt.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.ProjectId, p.Number }).IsUnique();
        builder.HasIndex(p => p.ContractId);
        builder.HasIndex(p => p.PayeeId);
        builder.HasIndex(p => p.TicketId);
        builder.HasOne<DayLabourTicket>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PayeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(p => p.CostCodeId).OnDelete(DeleteBehavior.Restrict);
        // A cost keeps its amount when the schedule is re-imported or an activity deleted: the link is cleared, not the money.
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(p => p.WbsNodeId).OnDelete(DeleteBehavior.SetNull);
    }
}
