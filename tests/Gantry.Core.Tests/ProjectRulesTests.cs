using Gantry.Core.Common;
using Gantry.Core.Projects;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests;

/// <summary>Field rules of a project, without a database.</summary>
public sealed class ProjectRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

    private static ProjectInput Valid() => new()
    {
        Code = "BJHY-5",
        Name = "滨江花园5号楼",
        Type = ProjectType.Building,
        Location = "南京",
        OwnerOrganisationId = Guid.NewGuid(),
        ContractAmount = 12_345_678.90m,
        Currency = "cny",
        PlannedStart = new DateOnly(2027, 1, 4),
        PlannedFinish = new DateOnly(2027, 12, 31),
    };

    [Fact]
    public void ValidInputCreatesAPlannedProjectWithUpperCaseCurrency()
    {
        var project = Project.Create(Valid(), Now);

        Assert.Equal(ProjectStatus.Planned, project.Status);
        Assert.Equal("CNY", project.Currency);
        Assert.Equal(12_345_678.90m, project.ContractAmount);
        Assert.Contains("滨江花园5号楼", project.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMissingFieldIsReportedByNameInEnglish()
    {
        using var culture = new Culture("en");

        var error = Assert.Throws<ValidationFailedException>(() => Project.Create(new ProjectInput(), Now));

        var fields = error.Errors.Select(e => e.Field).ToArray();
        Assert.Equal(["code", "name", "type", "ownerOrganisationId", "contractAmount", "plannedStart", "plannedFinish"], fields);
        Assert.Contains(error.Errors, e => e.Message == "Planned start is required.");
    }

    [Fact]
    public void MessagesNameTheFieldInChineseForAChineseUser()
    {
        using var culture = new Culture("zh-Hans");

        var error = Assert.Throws<ValidationFailedException>(() => Project.Create(Valid() with { Name = " " }, Now));

        Assert.Equal("请填写“名称”。", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void FinishBeforeStartIsRefusedOnTheFinishField()
    {
        using var culture = new Culture("en");

        var error = Assert.Throws<ValidationFailedException>(() =>
            Project.Create(Valid() with { PlannedFinish = new DateOnly(2026, 12, 31) }, Now));

        var e = Assert.Single(error.Errors);
        Assert.Equal("plannedFinish", e.Field);
        Assert.Equal("Planned finish must not be before Planned start.", e.Message);
    }

    [Theory]
    [InlineData(-1, "contractAmount")]
    [InlineData(0.001, "contractAmount")]
    public void ContractAmountMustBeNonNegativeWithAtMostTwoDecimals(double amount, string field)
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            Project.Create(Valid() with { ContractAmount = (decimal)amount }, Now));

        Assert.Equal(field, Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("RMB1")]
    [InlineData("¥¥¥")]
    [InlineData("C1Y")]
    public void CurrencyMustBeAThreeLetterCode(string currency)
    {
        var error = Assert.Throws<ValidationFailedException>(() => Project.Create(Valid() with { Currency = currency }, Now));

        Assert.Equal("currency", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("A B")]
    [InlineData("-lead")]
    [InlineData("项目1")]
    public void CodeIsLimitedToASafeAsciiSet(string code)
    {
        var error = Assert.Throws<ValidationFailedException>(() => Project.Create(Valid() with { Code = code }, Now));

        Assert.Equal("code", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void UndefinedEnumValuesAreRefused()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            Project.Create(Valid() with { Type = (ProjectType)99, Status = (ProjectStatus)42 }, Now));

        Assert.Equal(["type", "status"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void AnArchivedProjectCannotBeEdited()
    {
        var project = Project.Create(Valid(), Now);
        project.Archive();

        var error = Assert.Throws<ValidationFailedException>(() => project.Update(Valid() with { Name = "改名" }));

        Assert.Equal("isArchived", Assert.Single(error.Errors).Field);
        Assert.Equal("滨江花园5号楼", project.Name);
    }
}
