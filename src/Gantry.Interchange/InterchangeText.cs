using System.Globalization;
using System.Resources;

namespace Gantry.Interchange;

/// <summary>
/// The readers' and writers' messages in the user's language (Resources/InterchangeText.resx and
/// .zh-Hans.resx). The language is <see cref="CultureInfo.CurrentUICulture"/> when the message is
/// made: any Chinese culture reads Simplified Chinese, every other culture English. Numbers and
/// dates inside a message stay invariant so it reads the same on any server.
/// </summary>
internal static class InterchangeText
{
    private static readonly ResourceManager Resources = new("Gantry.Interchange.Resources.InterchangeText", typeof(InterchangeText).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static string Get(string key)
    {
        // zh-TW or zh-HK would otherwise fall back to English: one Chinese text serves every zh culture.
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Chinese : CultureInfo.InvariantCulture;
        return Resources.GetString(key, culture) ?? throw new MissingManifestResourceException("Interchange text '" + key + "' is missing.");
    }

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
