using System.Security.Cryptography;
using System.Text;

namespace Gantry.Core.Tokens;

/// <summary>
/// A secret an API client sends as a bearer token. Only its SHA-256 hash is stored: a stolen
/// database does not hand out working tokens. The plain value is shown once, when issued.
/// </summary>
public sealed class PersonalAccessToken
{
    public const int NameMaxLength = 100;

    /// <summary>Marks Gantry tokens so secret scanners and people recognise them.</summary>
    public const string Prefix = "gantry_";

    private PersonalAccessToken()
    {
        Name = TokenHash = DisplayPrefix = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Hex SHA-256 of the full token.</summary>
    public string TokenHash { get; private set; }

    /// <summary>First characters of the token, enough to tell tokens apart in a list.</summary>
    public string DisplayPrefix { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    /// <summary>Creates a token and returns it with its plain value, which is never stored.</summary>
    public static (PersonalAccessToken Token, string PlainText) Issue(Guid userId, string name, DateTime now, DateTime? expiresAt)
    {
        var plain = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            TokenHash = Hash(plain),
            DisplayPrefix = plain[..(Prefix.Length + 6)],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, plain);
    }

    public static string Hash(string plainText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));

    public bool IsUsable(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void MarkUsed(DateTime now) => LastUsedAt = now;
}
