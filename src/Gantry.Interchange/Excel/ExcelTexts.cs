using System.Globalization;
using System.Resources;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The Excel importer's messages in the user's language (ExcelTexts.resx, ExcelTexts.zh-Hans.resx),
/// chosen by <see cref="CultureInfo.CurrentUICulture"/> when the message is made;
/// numbers and dates inside them are invariant so a message reads the same on any server.
/// </summary>
internal static class ExcelTexts
{
    private static readonly ResourceManager Resources = new("Gantry.Interchange.Excel.ExcelTexts", typeof(ExcelTexts).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException("Excel text '" + key + "' is missing.");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
