namespace Gantry.Core.Tokens;

/// <summary>A new token with its plain value: show <see cref="Token"/> once, it cannot be recovered.</summary>
public sealed record IssuedToken(TokenSummary Summary, string Token);
