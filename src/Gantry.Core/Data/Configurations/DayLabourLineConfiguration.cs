using Gantry.Core.DayLabour;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class DayLabourLineConfiguration : IEntityTypeConfiguration<DayLabourLine>
{
    public void Configure(EntityTypeBuilder<DayLabourLine> builder)
    {
        builder.Property(l => l.Trade).HasMaxLength(Worker.TradeMaxLength);
        builder.Property(l => l.Quantity).HasPrecision(9, 4);
        builder.Property(l => l.Rate).HasPrecision(18, 2);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.WorkerDays).HasPrecision(18, 4);
        builder.HasIndex(l => l.WorkerId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(l => l.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
