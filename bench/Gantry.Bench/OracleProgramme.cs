namespace Gantry.Bench;

/// <summary>Finds the 3,994-activity P6 oracle programme next to the repository, or in <c>GANTRY_ORACLE_DIR</c>.</summary>
internal static class OracleProgramme
{
    public static string Path()
    {
        string? configured = Environment.GetEnvironmentVariable("GANTRY_ORACLE_DIR");
        var roots = configured != null ? [configured] : Ancestors().Select(d => System.IO.Path.Combine(d, "shared", "oracle"));
        return roots.Select(r => System.IO.Path.Combine(r, "p6", "sp10-hs2-cost-loaded.xer")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The oracle programme was not found; set GANTRY_ORACLE_DIR.");
    }

    private static IEnumerable<string> Ancestors()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
