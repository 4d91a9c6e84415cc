using Gantry.Interchange.Mspdi;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

public sealed class MspdiDurationFormatTests
{
    [Theory]
    [InlineData(3, DurationUnit.Minutes, false, false)]
    [InlineData(6, DurationUnit.Hours, true, false)]
    [InlineData(7, DurationUnit.Days, false, false)]
    [InlineData(10, DurationUnit.Weeks, true, false)]
    [InlineData(11, DurationUnit.Months, false, false)]
    [InlineData(20, DurationUnit.Percent, true, false)]
    [InlineData(39, DurationUnit.Days, false, true)]
    [InlineData(40, DurationUnit.Days, true, true)]
    public void CodesReadAsUnitElapsedAndEstimatedAndWriteBackTheSame(int code, DurationUnit unit, bool elapsed, bool estimated)
    {
        var display = MspdiDurationFormat.ToDisplay(code);
        Assert.Equal(new DurationDisplay(unit, elapsed, estimated), display);
        Assert.Equal(code, MspdiDurationFormat.ToCode(display!.Value));
    }

    [Fact]
    public void MsProjectsEstimatedDefaultIsReadAsEstimatedDays()
    {
        Assert.Equal(new DurationDisplay(DurationUnit.Days, Estimated: true), MspdiDurationFormat.ToDisplay(53));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(21)]
    [InlineData(99)]
    public void CodesOutsideTheTableHaveNoDisplay(int? code)
    {
        Assert.Null(MspdiDurationFormat.ToDisplay(code));
    }
}
