using Gantry.Core.Costs;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(Contract.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(Contract.NameMaxLength);
        builder.Property(c => c.PaymentTerms).HasMaxLength(Contract.TermsMaxLength);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.Property(c => c.NetAmount).HasPrecision(18, 2);
        builder.Property(c => c.VatRate).HasPrecision(9, 4);
        builder.Property(c => c.RetentionRate).HasPrecision(9, 4);
        builder.Property(c => c.ProgressPaymentRate).HasPrecision(9, 4);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsCost);
        builder.HasIndex(c => new { c.ProjectId, c.Code }).IsUnique();
        builder.HasIndex(c => c.CounterpartyId);
        builder.HasIndex(c => c.WbsNodeId);
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.CounterpartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(c => c.CostCodeId).OnDelete(DeleteBehavior.Restrict);
        // A cost keeps its amount when the schedule is re-imported or an activity deleted: the link is cleared, not the money.
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(c => c.WbsNodeId).OnDelete(DeleteBehavior.SetNull);
    }
}
