namespace Gantry.Core.Auditing;

/// <summary>Which audit rows to read; without a project only administrators may ask.</summary>
public sealed record AuditQuery
{
    public Guid? ProjectId { get; init; }

    public string? EntityName { get; init; }

    public string? EntityKey { get; init; }

    /// <summary>At most this many rows, newest first (1–500).</summary>
    public int Take { get; init; } = 100;
}
