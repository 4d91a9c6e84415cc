using System.Globalization;
using System.Resources;

namespace Gantry.Scheduling;

/// <summary>
/// The engine's error messages in the user's language (Resources/EngineText.resx and .zh-Hans.resx).
/// The language is <see cref="CultureInfo.CurrentUICulture"/> when the error is raised: any Chinese
/// culture reads Simplified Chinese, every other culture English. Only error paths call this, so the
/// passes never pay for a lookup; numbers and dates inside a message stay invariant.
/// </summary>
internal static class EngineText
{
    private static readonly ResourceManager Resources = new("Gantry.Scheduling.Resources.EngineText", typeof(EngineText).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static CultureInfo Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Chinese : CultureInfo.InvariantCulture;

    public static string Get(string key) =>
        Resources.GetString(key, Language) ?? throw new MissingManifestResourceException("Engine text '" + key + "' is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>"Monday" or "星期一": a week day named in the message's language.</summary>
    public static string DayName(DayOfWeek day) => Language.DateTimeFormat.GetDayName(day);
}
