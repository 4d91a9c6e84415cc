using Gantry.Core.Common;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>A logic link between two activities of one project. A negative lag is a lead.</summary>
public sealed class ActivityLink : IVersioned, IProjectScoped
{
    /// <summary>About 190 years of minutes: anything beyond is a typing error, not a plan.</summary>
    public const double MaxLagMinutes = 100_000_000;

    private ActivityLink()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid PredecessorId { get; private set; }

    public Guid SuccessorId { get; private set; }

    public RelationshipType Type { get; private set; }

    /// <summary>Working or elapsed minutes, or percent of the predecessor's duration (see <see cref="LagKind"/>).</summary>
    public double Lag { get; private set; }

    public LagKind LagKind { get; private set; }

    /// <summary>Computed: this link sets the successor's early dates.</summary>
    public bool Driving { get; set; }

    public int Version { get; set; }

    /// <summary>A detached copy for the schedule cache (values only, so a shallow copy is a full one).</summary>
    internal ActivityLink Copy() => (ActivityLink)MemberwiseClone();

    public static ActivityLink Create(Guid projectId, Guid predecessorId, Guid successorId, RelationshipType? type, double? lag, LagKind? lagKind)
    {
        var link = new ActivityLink { Id = Guid.CreateVersion7(), ProjectId = projectId, PredecessorId = predecessorId, SuccessorId = successorId };
        link.Change(type, lag, lagKind);
        return link;
    }

    public void Change(RelationshipType? type, double? lag, LagKind? lagKind)
    {
        var v = new Validation();
        var checkedType = v.Enum<RelationshipType>("type", type ?? RelationshipType.FinishToStart);
        var checkedKind = v.Enum<LagKind>("lagKind", lagKind ?? LagKind.Working);
        var checkedLag = lag ?? 0;
        if (double.IsNaN(checkedLag) || Math.Abs(checkedLag) > MaxLagMinutes)
        {
            v.Add("lagMinutes", "NotAllowedValue");
        }

        v.ThrowIfAny();
        Type = checkedType;
        Lag = checkedLag;
        LagKind = checkedKind;
    }
}
