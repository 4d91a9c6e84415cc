using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>Money is kept to the fen: a third decimal is refused saying how many are allowed, in the user's language.</summary>
public sealed class AmountPrecisionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Theory]
    [InlineData("en", "at most 2 decimal places")]
    [InlineData("zh-Hans", "最多保留 2 位小数")]
    public async Task AnAmountWithAThirdDecimalIsRefusedSayingTwoAreAllowed(string language, string expected)
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "草稿"));

        ValidationFailedException refused;
        using (new Culture(language))
        {
            refused = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen",
                u => u.ExecuteAsync(project.Id, draft.Id, null, new BudgetLineInput { CostCodeId = project.Labour, Amount = 1000.125m })));
        }

        var error = Assert.Single(refused.Errors);
        Assert.Equal("amount", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Run<ListBudgetLines, IReadOnlyList<BudgetLineSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id)));
    }
}
