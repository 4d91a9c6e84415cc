using System.Globalization;
using System.Resources;

namespace Gantry.Core.Localization;

/// <summary>
/// User-facing messages of the business layer, from <c>Messages.resx</c> (English) and
/// <c>Messages.zh-Hans.resx</c>, in the current UI culture.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources =
        new("Gantry.Core.Localization.Messages", typeof(Text).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Get(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
