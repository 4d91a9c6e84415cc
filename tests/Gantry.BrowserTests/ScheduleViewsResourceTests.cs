using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Gantry.BrowserTests;

/// <summary>The schedule view pages' text is complete in both languages with the same placeholders.</summary>
public sealed partial class ScheduleViewsResourceTests
{
    private static readonly ResourceManager Text =
        new("Gantry.Web.Resources.ScheduleViewsResource", typeof(Gantry.Web.ScheduleViewsResource).Assembly);

    [Fact]
    public void EveryEnglishTextHasAChineseTranslationWithTheSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.Equal(Placeholders().Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal),
                Placeholders().Matches(chinese[key]).Select(m => m.Value).Order(StringComparer.Ordinal));
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Text.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholders();
}
