using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Gantry.Core.Scenarios;

namespace Gantry.BrowserTests;

/// <summary>The scenario pages' text is complete in both languages, with the same placeholders.</summary>
public sealed partial class ScenarioResourceTests
{
    private static readonly ResourceManager Text =
        new("Gantry.Web.Resources.ScenarioResource", typeof(Gantry.Web.ScenarioResource).Assembly);

    [Fact]
    public void EveryScenarioTextHasAChineseTranslationWithTheSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.True(Placeholders(value).SetEquals(Placeholders(chinese[key])), key);
        }
    }

    [Fact]
    public void EveryScenarioStatusAndChangeKindHasAName()
    {
        var english = Entries(CultureInfo.InvariantCulture);

        Assert.All(Enum.GetNames<ScenarioStatus>(), s => Assert.True(english.ContainsKey("Status." + s), s));
        Assert.All(Enum.GetNames<ScenarioChangeKind>(), k => Assert.True(english.ContainsKey("Kind." + k), k));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Text.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
