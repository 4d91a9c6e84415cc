using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data;

/// <summary>Model annotations that tell the audit interceptor what to leave out of the trail.</summary>
public static class AuditAnnotations
{
    private const string Secret = "Gantry:AuditSecret";
    private const string Ignored = "Gantry:AuditIgnored";

    /// <summary>The value is written as "***": the trail records that a password changed, never the hash.</summary>
    public static PropertyBuilder<T> IsAuditSecret<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Secret, true);

    /// <summary>Derived or bookkeeping values (search text, last-used time) that would only add noise.</summary>
    public static PropertyBuilder<T> IsNotAudited<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Ignored, true);

    public static bool IsSecret(IReadOnlyProperty property) => property.FindAnnotation(Secret)?.Value is true;

    public static bool IsIgnored(IReadOnlyProperty property) => property.FindAnnotation(Ignored)?.Value is true;
}
