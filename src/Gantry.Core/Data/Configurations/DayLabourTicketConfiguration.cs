using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data.Configurations;

internal sealed class DayLabourTicketConfiguration : IEntityTypeConfiguration<DayLabourTicket>
{
    public void Configure(EntityTypeBuilder<DayLabourTicket> builder)
    {
        builder.Property(t => t.Location).HasMaxLength(DayLabourTicket.LocationMaxLength);
        builder.Property(t => t.Description).HasMaxLength(DayLabourTicket.DescriptionMaxLength);
        builder.Property(t => t.CrewName).HasMaxLength(Worker.CrewMaxLength);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.WorkerDays).HasPrecision(18, 4);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.NeedsCountersignature);
        builder.HasIndex(t => new { t.ProjectId, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.ProjectId, t.Status, t.Date });
        builder.HasIndex(t => t.WbsNodeId);
        builder.HasIndex(t => t.ActivityId);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Lines).HasField("_lines");
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.CrewOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(t => t.CostCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(t => t.ChargedContractId).OnDelete(DeleteBehavior.Restrict);
        // A cost keeps its amount when the schedule is re-imported or an activity deleted: the link is cleared, not the money.
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(t => t.WbsNodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Activity>().WithMany().HasForeignKey(t => t.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
