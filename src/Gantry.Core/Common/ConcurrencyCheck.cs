using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Common;

/// <summary>Compares the version the user loaded with the stored one before a change is applied.</summary>
public static class ConcurrencyCheck
{
    /// <summary>
    /// Throws when the record moved on since the user loaded <paramref name="expectedVersion"/>, and
    /// pins the UPDATE's WHERE clause to that version so a save racing this one is caught as well.
    /// </summary>
    public static void Expect<T>(DbContext db, T entity, int? expectedVersion, string entityKey)
        where T : class, IVersioned
    {
        if (expectedVersion is null)
        {
            var v = new Validation();
            v.Add("version", "Required");
            v.ThrowIfAny();
        }

        if (entity.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(entityKey);
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion!.Value;
    }
}
