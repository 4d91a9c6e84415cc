namespace Gantry.Core.Demo;

/// <summary>A seeded demo account and what it shows.</summary>
public sealed record DemoAccount(string UserName, string Password, string DisplayName, string Organisation, string Role);
