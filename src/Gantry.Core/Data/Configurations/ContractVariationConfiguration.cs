using Gantry.Core.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ContractVariationConfiguration : IEntityTypeConfiguration<ContractVariation>
{
    public void Configure(EntityTypeBuilder<ContractVariation> builder)
    {
        builder.Property(x => x.Code).HasMaxLength(ContractVariation.CodeMaxLength);
        builder.Property(x => x.Description).HasMaxLength(ContractVariation.DescriptionMaxLength);
        builder.Property(x => x.Amount).HasPrecision(18, 2);
        builder.Property(x => x.NetAmount).HasPrecision(18, 2);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.ContractId, x.Code }).IsUnique();
        builder.HasIndex(x => x.ProjectId);
        builder.HasIndex(x => x.DayLabourTicketId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
