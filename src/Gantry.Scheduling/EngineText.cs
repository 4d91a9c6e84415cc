using System.Globalization;
using System.Resources;

namespace Gantry.Scheduling;

/// <summary>
/// The engine's error messages in the user's language (Resources/EngineText.resx and .zh-Hans.resx).
/// The language is <see cref="MessageLanguage.Current"/> when the error is raised. Only error paths call this, so the
/// passes never pay for a lookup; numbers and dates inside a message stay invariant.
/// </summary>
internal static class EngineText
{
    private static readonly ResourceManager Resources = new("Gantry.Scheduling.Resources.EngineText", typeof(EngineText).Assembly);

    private static CultureInfo Language => MessageLanguage.Current;

    public static string Get(string key) =>
        Resources.GetString(key, Language) ?? throw new MissingManifestResourceException("Engine text '" + key + "' is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>"Monday" or "星期一": a week day named in the message's language.</summary>
    public static string DayName(DayOfWeek day) => Language.DateTimeFormat.GetDayName(day);
}
