using System.Globalization;
using System.Resources;

namespace Gantry.Interchange.Costs;

/// <summary>The cost sheet reader's messages in the user's language (CostSheetTexts.resx, .zh-Hans.resx).</summary>
internal static class CostSheetTexts
{
    private static readonly ResourceManager Resources = new("Gantry.Interchange.Costs.CostSheetTexts", typeof(CostSheetTexts).Assembly);

    public static string Get(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture,
            Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException("Cost sheet text '" + key + "' is missing."),
            args);
}
