using System.Globalization;
using Gantry.Core.Common;

namespace Gantry.Core.Users;

/// <summary>
/// Length is the rule that matters (NIST SP 800-63B): at least eight characters, no composition
/// rules that push people to "Password1!".
/// </summary>
internal static class PasswordRules
{
    public const int MaxLength = 200;

    public static void Check(Validation v, string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            v.Add(field, "Required");
        }
        else if (password.Length < User.MinPasswordLength)
        {
            v.Add(field, "TooShort", User.MinPasswordLength.ToString(CultureInfo.CurrentCulture));
        }
        else if (password.Length > MaxLength)
        {
            v.Add(field, "TooLong", MaxLength.ToString(CultureInfo.CurrentCulture));
        }
    }
}
