using System.Globalization;
using System.Resources;

namespace Gantry.Interchange.Health;

/// <summary>
/// Names, thresholds and explanations of the health check in the user's language (HealthTexts.resx,
/// HealthTexts.zh-Hans.resx), chosen by <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
internal static class HealthTexts
{
    private static readonly ResourceManager Resources = new("Gantry.Interchange.Health.HealthTexts", typeof(HealthTexts).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException("Health text '" + key + "' is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
