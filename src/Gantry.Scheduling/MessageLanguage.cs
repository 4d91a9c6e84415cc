using System.Globalization;

namespace Gantry.Scheduling;

/// <summary>
/// The language of the libraries' messages for bad input: <see cref="CultureInfo.CurrentUICulture"/>
/// when the message is made. Any Chinese culture reads Simplified Chinese (zh-TW or zh-HK would otherwise
/// fall back to English: one Chinese text serves every zh culture), every other culture English.
/// </summary>
public static class MessageLanguage
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static CultureInfo Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Chinese : CultureInfo.InvariantCulture;
}
