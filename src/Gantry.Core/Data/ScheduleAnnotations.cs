using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data;

/// <summary>Model annotations for schedule data: wall-clock dates and values the engine computes.</summary>
public static class ScheduleAnnotations
{
    private const string WallClock = "Gantry:WallClock";
    private const string Computed = "Gantry:Computed";
    private const string NotAuditedEntity = "Gantry:AuditIgnoredEntity";

    /// <summary>
    /// A schedule date: local project time without a zone, as P6 and MS Project keep it. Every other
    /// timestamp in Gantry is UTC; each provider context stores these unconverted instead.
    /// </summary>
    public static PropertyBuilder<T> IsWallClock<T>(this PropertyBuilder<T> property) => property.HasAnnotation(WallClock, true);

    /// <summary>
    /// Written by a reschedule, not by a person: not audited, and changing it does not bump the row's
    /// version, so a planner's open edit is not refused because the engine moved the bar meanwhile.
    /// </summary>
    public static PropertyBuilder<T> IsComputed<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Computed, true).IsNotAudited();

    /// <summary>Rows that are a copy of other audited data (baseline snapshots): their parent's trail is enough.</summary>
    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(NotAuditedEntity, true);

    public static bool IsWallClockDate(IReadOnlyProperty property) => property.FindAnnotation(WallClock)?.Value is true;

    public static bool IsComputedValue(IReadOnlyProperty property) => property.FindAnnotation(Computed)?.Value is true;

    public static bool IsNotAuditedEntity(IReadOnlyEntityType entity) => entity.FindAnnotation(NotAuditedEntity)?.Value is true;
}
