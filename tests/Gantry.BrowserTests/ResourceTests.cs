using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Scenarios;

namespace Gantry.BrowserTests;

/// <summary>
/// The UI text of every page is complete in both languages, with the same placeholders: a missing
/// Chinese string would show English on a site phone, a missing placeholder would drop a figure.
/// </summary>
public sealed partial class ResourceTests
{
    /// <summary>Every resource class of the web app; a new one is added here.</summary>
    public static TheoryData<Type> Resources =>
    [
        typeof(Gantry.Web.SharedResource), typeof(Gantry.Web.ScheduleResource), typeof(Gantry.Web.ScheduleHealthResource),
        typeof(Gantry.Web.ScheduleViewsResource), typeof(Gantry.Web.BaselineResource), typeof(Gantry.Web.PlanResource),
        typeof(Gantry.Web.ScenarioResource), typeof(Gantry.Web.MoneyResource), typeof(Gantry.Web.FundsResource), typeof(Gantry.Web.WageResource),
    ];

    /// <summary>Enums whose values pages show by name: the resource class, the enum, the key prefix.</summary>
    public static TheoryData<Type, Type, string> EnumNames => new()
    {
        { typeof(Gantry.Web.SharedResource), typeof(ProjectType), "Enum.ProjectType." },
        { typeof(Gantry.Web.SharedResource), typeof(ProjectStatus), "Enum.ProjectStatus." },
        { typeof(Gantry.Web.SharedResource), typeof(ProjectRole), "Enum.ProjectRole." },
        { typeof(Gantry.Web.SharedResource), typeof(OrganisationType), "Enum.OrganisationType." },
        { typeof(Gantry.Web.MoneyResource), typeof(TicketStatus), "Enum.TicketStatus." },
        { typeof(Gantry.Web.MoneyResource), typeof(DayLabourReason), "Enum.DayLabourReason." },
        { typeof(Gantry.Web.MoneyResource), typeof(ChargeTo), "Enum.ChargeTo." },
        { typeof(Gantry.Web.MoneyResource), typeof(LabourUnit), "Enum.LabourUnit." },
        { typeof(Gantry.Web.MoneyResource), typeof(DayLabourGrouping), "Enum.DayLabourGrouping." },
        { typeof(Gantry.Web.MoneyResource), typeof(CostReportGrouping), "Enum.CostReportGrouping." },
        { typeof(Gantry.Web.MoneyResource), typeof(CostCategory), "Enum.CostCategory." },
        { typeof(Gantry.Web.MoneyResource), typeof(CostRecordKind), "Enum.CostRecordKind." },
        { typeof(Gantry.Web.MoneyResource), typeof(CostSource), "Enum.CostSource." },
        { typeof(Gantry.Web.FundsResource), typeof(PaymentStatus), "Enum.PaymentStatus." },
        { typeof(Gantry.Web.FundsResource), typeof(InvoiceStatus), "Enum.InvoiceStatus." },
        { typeof(Gantry.Web.FundsResource), typeof(ApplicationStatus), "Enum.ApplicationStatus." },
        { typeof(Gantry.Web.FundsResource), typeof(LedgerSide), "Enum.LedgerSide." },
        { typeof(Gantry.Web.FundsResource), typeof(ContractKind), "Enum.ContractKind." },
        { typeof(Gantry.Web.FundsResource), typeof(ContractStatus), "Enum.ContractStatus." },
        { typeof(Gantry.Web.FundsResource), typeof(VariationKind), "Enum.VariationKind." },
        { typeof(Gantry.Web.FundsResource), typeof(VariationStatus), "Enum.VariationStatus." },
        { typeof(Gantry.Web.ScenarioResource), typeof(ScenarioStatus), "Status." },
        { typeof(Gantry.Web.ScenarioResource), typeof(ScenarioChangeKind), "Kind." },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryEnglishTextHasAChineseTranslationWithTheSamePlaceholders(Type resource)
    {
        var english = Entries(resource, CultureInfo.InvariantCulture);
        var chinese = Entries(resource, CultureInfo.GetCultureInfo("zh-Hans"));

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
    [MemberData(nameof(EnumNames))]
    public void EveryEnumValueShownOnAPageHasANameInBothLanguages(Type resource, Type enumType, string prefix)
    {
        var english = Entries(resource, CultureInfo.InvariantCulture);
        var chinese = Entries(resource, CultureInfo.GetCultureInfo("zh-Hans"));
        foreach (var name in Enum.GetNames(enumType))
        {
            Assert.True(english.ContainsKey(prefix + name), prefix + name);
            Assert.True(chinese.ContainsKey(prefix + name), prefix + name);
        }
    }

    private static Dictionary<string, string> Entries(Type resource, CultureInfo culture)
    {
        var manager = new ResourceManager("Gantry.Web.Resources." + resource.Name, resource.Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{resource.Name}' in '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
