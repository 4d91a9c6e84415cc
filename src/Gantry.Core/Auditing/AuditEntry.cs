namespace Gantry.Core.Auditing;

/// <summary>
/// One change to business data: who, when, which record, and the old and new values of the
/// changed fields as JSON. Written in the same transaction as the change itself.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityName = EntityKey = string.Empty;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>Null when the system itself acted (first start, demo seed, a failed anonymous sign-in).</summary>
    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string EntityName { get; private set; }

    public string EntityKey { get; private set; }

    public Guid? ProjectId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON object of field → value before the change; null for a creation.</summary>
    public string? OldValues { get; private set; }

    /// <summary>JSON object of field → value after the change; null for a deletion.</summary>
    public string? NewValues { get; private set; }

    public static AuditEntry Record(DateTime at, Guid? userId, string? userName, string entityName, string entityKey,
        Guid? projectId, AuditAction action, string? oldValues, string? newValues) =>
        new()
        {
            At = at,
            UserId = userId,
            UserName = userName,
            EntityName = entityName,
            EntityKey = entityKey,
            ProjectId = projectId,
            Action = action,
            OldValues = oldValues,
            NewValues = newValues,
        };
}
