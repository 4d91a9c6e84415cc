using Gantry.Core.DayLabour;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(Worker.NameMaxLength);
        // The trail keeps that an ID number changed, never the number itself.
        builder.Property(w => w.IdNumber).HasMaxLength(Worker.IdNumberMaxLength).IsAuditSecret();
        builder.Property(w => w.Trade).HasMaxLength(Worker.TradeMaxLength);
        builder.Property(w => w.CrewName).HasMaxLength(Worker.CrewMaxLength);
        builder.Property(w => w.DailyRate).HasPrecision(18, 2);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.ProjectId, w.IdNumber }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.CrewOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
