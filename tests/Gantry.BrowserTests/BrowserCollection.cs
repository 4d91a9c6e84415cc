namespace Gantry.BrowserTests;

/// <summary>All browser tests share one server and one Chromium; each test opens its own page.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<GantryServer>
{
    public const string Name = "browser";
}
