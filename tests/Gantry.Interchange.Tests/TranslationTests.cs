using System.Collections;
using System.Globalization;
using System.Resources;
using Xunit;

namespace Gantry.Interchange.Tests;

/// <summary>
/// Every English message of the readers, the writers, the Excel importer, the cost sheet, the health check
/// and the engine (whose library this one builds on) has its Chinese text, with the same placeholders.
/// </summary>
public sealed class TranslationTests
{
    [Theory]
    [InlineData("Gantry.Interchange.Excel.ExcelTexts", typeof(Gantry.Interchange.Excel.ExcelImport))]
    [InlineData("Gantry.Interchange.Health.HealthTexts", typeof(Gantry.Interchange.Excel.ExcelImport))]
    [InlineData("Gantry.Interchange.Costs.CostSheetTexts", typeof(Gantry.Interchange.Excel.ExcelImport))]
    [InlineData("Gantry.Interchange.Resources.InterchangeText", typeof(Gantry.Interchange.Excel.ExcelImport))]
    [InlineData("Gantry.Scheduling.Resources.EngineText", typeof(Gantry.Scheduling.Scheduler))]
    public void EveryMessageHasAChineseTextWithTheSamePlaceholders(string baseName, Type library)
    {
        var manager = new ResourceManager(baseName, library.Assembly);
        var english = Entries(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var chinese = Entries(manager.GetResourceSet(new CultureInfo("zh-Hans"), createIfNotExists: true, tryParents: false)!);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.Equal(Placeholders(text), Placeholders(chinese[key]));
        }
    }

    private static Dictionary<string, string> Entries(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
