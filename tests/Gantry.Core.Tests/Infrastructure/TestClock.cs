namespace Gantry.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for lock-out expiry and token lifetimes.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
