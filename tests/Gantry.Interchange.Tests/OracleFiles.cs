namespace Gantry.Interchange.Tests;

/// <summary>
/// Finds the shared oracle folder (<c>../shared/oracle</c> next to the repository), or the folder
/// named by <c>GANTRY_ORACLE_DIR</c>.
/// </summary>
public static class OracleFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Root.Value;

    public static string P6Programme => Path.Combine(Directory, "p6", "sp10-hs2-cost-loaded.xer");

    public static string MsProject(string name) => Path.Combine(Directory, "msproject", name);

    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xer", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable("GANTRY_ORACLE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "oracle");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The oracle folder ../shared/oracle was not found; set GANTRY_ORACLE_DIR.");
    }
}
