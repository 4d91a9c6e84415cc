using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Every key of every .resx of the web app, read from the source files, and how to find one shown
/// as text: a localizer that cannot find a string returns its key, so a key on a page is a missing
/// or misspelt translation.
/// </summary>
public static partial class ResourceKeys
{
    /// <summary>"Wbs.Title", "Enum.ProjectType.Building", …: every key of every resource file, both languages.</summary>
    public static readonly IReadOnlySet<string> All = Load();

    /// <summary>The first segments of the keys ("Wbs", "Enum"), to catch a key that is in no file at all.</summary>
    private static readonly HashSet<string> Prefixes = All.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The keys, or key-shaped words whose first segment is a key prefix, in a text: "Plan.Sumbit" leaks
    /// as surely as "Plan.Submit". Words are dotted PascalCase, so data such as "site.png" or "v1.2" never matches.
    /// </summary>
    public static IEnumerable<string> FoundIn(string text) =>
        KeyShape().Matches(text).Select(m => m.Value)
            .Where(word => All.Contains(word) || Prefixes.Contains(word.Split('.')[0]))
            .Distinct(StringComparer.Ordinal);

    private static HashSet<string> Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gantry.slnx")))
        {
            directory = directory.Parent;
        }

        var resources = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Gantry.slnx not found above the test binaries"),
            "src", "Gantry.Web", "Resources");
        var keys = Directory.EnumerateFiles(resources, "*.resx")
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data"))
            .Select(data => (string)data.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        return keys.Count > 0 ? keys : throw new InvalidOperationException("no resource keys under " + resources);
    }

    [GeneratedRegex(@"(?<![\w.])[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+(?![\w.])")]
    private static partial Regex KeyShape();
}
