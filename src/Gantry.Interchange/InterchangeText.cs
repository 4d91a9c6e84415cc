using System.Globalization;
using System.Resources;
using Gantry.Scheduling;

namespace Gantry.Interchange;

/// <summary>
/// The readers' and writers' messages in the user's language (Resources/InterchangeText.resx and
/// .zh-Hans.resx), in <see cref="MessageLanguage.Current"/> when the message is made. Numbers and
/// dates inside a message stay invariant so it reads the same on any server.
/// </summary>
internal static class InterchangeText
{
    private static readonly ResourceManager Resources = new("Gantry.Interchange.Resources.InterchangeText", typeof(InterchangeText).Assembly);
    public static string Get(string key) =>
        Resources.GetString(key, MessageLanguage.Current) ?? throw new MissingManifestResourceException("Interchange text '" + key + "' is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
