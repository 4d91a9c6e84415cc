using System.Xml.Linq;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>
/// The order of child elements MS Project itself writes, learnt from the oracle files: for each
/// parent element, which child it always writes before which other. A written file must never
/// put two children the other way round (the schema is a sequence; MS Project rejects a file
/// whose elements are out of order).
/// </summary>
internal static class MsProjectElementOrder
{
    private static readonly Lazy<HashSet<(string Parent, string Before, string After)>> Learnt = new(Learn);

    /// <summary>Every pair of children of <paramref name="document"/> that MS Project writes the other way round.</summary>
    public static List<string> Violations(XDocument document)
    {
        var order = Learnt.Value;
        var violations = new List<string>();
        foreach (var element in document.Descendants())
        {
            var seen = new List<string>();
            foreach (var child in element.Elements())
            {
                string name = child.Name.LocalName;
                foreach (string earlier in seen)
                {
                    if (earlier != name && order.Contains((element.Name.LocalName, name, earlier)) && !order.Contains((element.Name.LocalName, earlier, name)))
                    {
                        violations.Add(element.Name.LocalName + ": <" + earlier + "> written before <" + name + ">");
                    }
                }

                if (!seen.Contains(name))
                {
                    seen.Add(name);
                }
            }
        }

        return [.. violations.Distinct()];
    }

    private static HashSet<(string, string, string)> Learn()
    {
        var pairs = new HashSet<(string, string, string)>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(OracleFiles.Directory, "msproject"), "*.xml"))
        {
            foreach (var element in XDocument.Load(path).Descendants())
            {
                var names = element.Elements().Select(c => c.Name.LocalName).Distinct().ToList();
                for (int i = 0; i < names.Count; i++)
                {
                    for (int j = i + 1; j < names.Count; j++)
                    {
                        pairs.Add((element.Name.LocalName, names[i], names[j]));
                    }
                }
            }
        }

        return pairs;
    }
}
