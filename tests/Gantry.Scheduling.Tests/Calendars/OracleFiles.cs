namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// Finds the shared oracle folder (files saved by P6 and MS Project): GANTRY_ORACLE_DIR, or an
/// <c>oracle</c> or <c>shared/oracle</c> folder next to any parent of the test binaries.
/// </summary>
internal static class OracleFiles
{
    public static string PathOf(string relative)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GANTRY_ORACLE_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, relative);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "oracle"), Path.Combine(dir.FullName, "shared", "oracle") })
            {
                var path = Path.Combine(candidate, relative);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new FileNotFoundException($"Oracle file {relative} not found; set GANTRY_ORACLE_DIR to the oracle folder.");
    }
}
