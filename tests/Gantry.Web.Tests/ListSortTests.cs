using Gantry.Web.Funds;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>Column sorting of the funds lists and the links that toggle it while keeping the filter.</summary>
public sealed class ListSortTests
{
    private static readonly Dictionary<string, Func<(string Party, decimal Amount), IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["party"] = r => r.Party,
        ["amount"] = r => r.Amount,
    };

    private static readonly (string Party, decimal Amount)[] Rows = [("b", 2m), ("a", 3m), ("c", 1m)];

    [Theory]
    [InlineData("amount", "cba")]
    [InlineData("amount_desc", "abc")]
    [InlineData("party", "abc")]
    [InlineData("party_desc", "cba")]
    [InlineData("nonsense", "bac")]
    public void SortsByTheNamedColumnAndLeavesAnUnknownSortAlone(string sort, string expected)
    {
        var sorted = ListSort.Apply(Rows, sort, Columns);

        Assert.Equal(expected, string.Concat(sorted.Select(r => r.Party)));
    }

    [Fact]
    public void ClickingTheSortedColumnAgainSortsDescendingAndKeepsTheFilter()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/projects/1/funds/payments";
        context.Request.QueryString = new QueryString("?status=Approved&sort=amount");

        Assert.Equal("/projects/1/funds/payments?status=Approved&sort=amount_desc", ListSort.Url(context.Request, "amount"));
        Assert.Equal("/projects/1/funds/payments?status=Approved&sort=party", ListSort.Url(context.Request, "party"));
        Assert.Equal("▲", ListSort.Arrow(context.Request, "amount"));
    }
}
