namespace Gantry.Core.Common;

/// <summary>
/// An editable aggregate with an optimistic-concurrency counter. An integer bumped on every save
/// works the same on SQLite and PostgreSQL, unlike row-version columns which only some databases have.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
