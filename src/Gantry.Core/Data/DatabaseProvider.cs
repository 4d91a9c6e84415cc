namespace Gantry.Core.Data;

/// <summary>The database Gantry runs on, from configuration <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
