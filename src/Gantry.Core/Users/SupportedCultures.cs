namespace Gantry.Core.Users;

/// <summary>The UI languages Gantry ships. Simplified Chinese first: it is the site teams' language.</summary>
public static class SupportedCultures
{
    public const string Chinese = "zh-Hans";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    /// <summary>Maps what a user or browser sends ("zh-CN", "EN-us") to a supported culture, or null.</summary>
    public static string? Match(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return null;
        }

        var c = culture.Trim();
        if (c.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese;
        }

        return c.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : null;
    }
}
