namespace Gantry.Core.Tokens;

/// <summary>A token as listed to its owner; the secret itself is never shown again.</summary>
public sealed record TokenSummary(Guid Id, string Name, string DisplayPrefix, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? RevokedAt, DateTime? LastUsedAt)
{
    internal static TokenSummary From(PersonalAccessToken t) =>
        new(t.Id, t.Name, t.DisplayPrefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
