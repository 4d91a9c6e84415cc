using System.Collections;
using System.Globalization;
using System.Resources;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;

namespace Gantry.BrowserTests;

/// <summary>The UI text is complete in both languages; a missing Chinese string would show English on a site phone.</summary>
public sealed class ResourceTests
{
    private static readonly ResourceManager Text =
        new("Gantry.Web.Resources.SharedResource", typeof(Gantry.Web.SharedResource).Assembly);

    [Fact]
    public void EveryEnglishTextHasAChineseTranslation()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.All(chinese, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void FormatPlaceholdersAgreeBetweenLanguages()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        foreach (var (key, value) in english)
        {
            Assert.True(Placeholders(value).SetEquals(Placeholders(chinese[key])), key);
        }
    }

    [Theory]
    [InlineData(typeof(ProjectType))]
    [InlineData(typeof(ProjectStatus))]
    [InlineData(typeof(ProjectRole))]
    [InlineData(typeof(OrganisationType))]
    public void EveryEnumValueShownOnAPageHasANameInBothLanguages(Type enumType)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            var key = $"Enum.{enumType.Name}.{name}";
            Assert.False(string.IsNullOrEmpty(Text.GetString(key, CultureInfo.InvariantCulture)), key);
            Assert.False(string.IsNullOrEmpty(Text.GetString(key, CultureInfo.GetCultureInfo("zh-Hans"))), key);
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Text.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
