namespace Gantry.Core.Permissions;

/// <summary>
/// Who is acting in this scope (one HTTP request, one CLI command). The web host fills it from
/// the cookie or the access token; nothing else in Core reads HTTP.
/// </summary>
public sealed class CurrentUser
{
    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public bool IsSignedIn => UserId is not null;

    public void Set(Guid userId, string userName)
    {
        UserId = userId;
        UserName = userName;
    }

    public void Clear()
    {
        UserId = null;
        UserName = null;
    }
}
