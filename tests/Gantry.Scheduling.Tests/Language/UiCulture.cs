using System.Globalization;

namespace Gantry.Scheduling.Tests.Language;

/// <summary>
/// Runs a piece of a test under a user-interface culture and restores the one before. It sets
/// <see cref="CultureInfo.CurrentUICulture"/> in the test's own flow, so classes running in
/// parallel keep theirs.
/// </summary>
public static class UiCulture
{
    public static T In<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
