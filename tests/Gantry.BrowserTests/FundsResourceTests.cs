using System.Collections;
using System.Globalization;
using System.Resources;
using Gantry.Core.Costs;
using Gantry.Core.Funds;

namespace Gantry.BrowserTests;

/// <summary>The funds pages' text is complete in both languages, with the same placeholders.</summary>
public sealed class FundsResourceTests
{
    private static readonly ResourceManager Text =
        new("Gantry.Web.Resources.FundsResource", typeof(Gantry.Web.FundsResource).Assembly);

    [Fact]
    public void EveryFundsTextHasAChineseTranslationWithTheSamePlaceholders()
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

    [Theory]
    [InlineData(typeof(PaymentStatus))]
    [InlineData(typeof(InvoiceStatus))]
    [InlineData(typeof(ApplicationStatus))]
    [InlineData(typeof(LedgerSide))]
    [InlineData(typeof(ContractKind))]
    [InlineData(typeof(ContractStatus))]
    [InlineData(typeof(VariationKind))]
    [InlineData(typeof(VariationStatus))]
    public void EveryFundsEnumValueShownOnAPageHasANameInBothLanguages(Type enumType)
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
