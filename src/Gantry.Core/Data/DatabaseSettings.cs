namespace Gantry.Core.Data;

/// <summary>The database chosen at start.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
