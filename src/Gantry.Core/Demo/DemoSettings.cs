namespace Gantry.Core.Demo;

/// <summary>Configuration section <c>Demo</c>: the demo project is seeded on first start unless disabled.</summary>
public sealed class DemoSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Password of every demo account; printed on first start.</summary>
    public string Password { get; set; } = "Gantry-Demo-2026";
}
