namespace Gantry.Web.Auth;

/// <summary>Claim types of a Gantry session, besides the standard NameIdentifier (user id) and Name (user name).</summary>
public static class GantryClaims
{
    public const string DisplayName = "gantry:display_name";

    /// <summary>The user's security stamp when the cookie was issued; a password change invalidates the cookie.</summary>
    public const string SecurityStamp = "gantry:security_stamp";

    /// <summary>Present with value "true" for system administrators (for showing admin links; Core re-checks).</summary>
    public const string Administrator = "gantry:administrator";
}
