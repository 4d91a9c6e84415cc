namespace Gantry.Core.Tokens;

public sealed record IssueTokenInput
{
    public string? Name { get; init; }

    /// <summary>UTC; null means the token lasts until revoked.</summary>
    public DateTime? ExpiresAt { get; init; }
}
