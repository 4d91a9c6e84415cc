using Xunit;

namespace Gantry.Web.Tests.Permissions;

/// <summary>The page text check finds a key wherever a user reads it, and only there.</summary>
public sealed class VisibleTextTests
{
    [Fact]
    public void AKeyShownAsTextOrInATooltipIsFound()
    {
        var html = """<h1>Wbs.Title</h1><button title="Nav.Toggle">x</button><input type="submit" value="Plan.Sumbit" />""";

        Assert.Equal(["Nav.Toggle", "Plan.Sumbit", "Wbs.Title"], ResourceKeys.FoundIn(VisibleText.Of(html)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FieldNamesScriptsAndDataAreNotText()
    {
        var html = """
            <input type="hidden" name="__Invariant" value="Variation.Date" /><input name="Variation.Amount" />
            <script>const key = "Wbs.Title";</script><p>site.png v1.2 Gantry · 3.5 天</p>
            """;

        Assert.Empty(ResourceKeys.FoundIn(VisibleText.Of(html)));
    }
}
