using Gantry.Interchange.Mspdi;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

public sealed class MspdiDurationTests
{
    [Theory]
    [InlineData("PT8H0M0S", 480)]
    [InlineData("PT0H0M0S", 0)]
    [InlineData("PT57H8M24S", 3428.4)]
    [InlineData("P1DT2H0M0S", 1560)]
    [InlineData("-PT1H0M0S", -60)]
    [InlineData("PT0.5H", 30)]
    public void IsoPeriodsBecomeMinutes(string text, double minutes)
    {
        Assert.Equal((decimal)minutes, MspdiDuration.ParseMinutes(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("8h")]
    [InlineData("PT8X")]
    [InlineData("PTH")]
    [InlineData("P")]
    [InlineData("PT99999999999999999999999H")]
    public void MalformedPeriodsAreFormatErrors(string text)
    {
        Assert.Throws<FormatException>(() => MspdiDuration.ParseMinutes(text));
    }

    [Fact]
    public void MinutesAreWrittenBackAsMsProjectWritesThem()
    {
        Assert.Equal("PT57H8M24S", MspdiDuration.Format(3428.4m));
        Assert.Equal("-PT1H0M0S", MspdiDuration.Format(-60));
    }
}
