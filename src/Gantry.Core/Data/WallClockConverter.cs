using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gantry.Core.Data;

/// <summary>
/// Stores a schedule date exactly as the wall clock shows it: the kind is dropped on the way in and
/// "unspecified" on the way out, so no time zone of the server can shift a planned 08:00.
/// </summary>
internal sealed class WallClockConverter() : ValueConverter<DateTime, DateTime>(
    v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified),
    v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified))
{
    /// <summary>Gives every wall-clock property this converter and, where the database has one, a zone-less column type.</summary>
    public static void Apply(ModelBuilder modelBuilder, string? columnType)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (!ScheduleAnnotations.IsWallClockDate(property))
            {
                continue;
            }

            property.SetValueConverter(new WallClockConverter());
            if (columnType is not null)
            {
                property.SetColumnType(columnType);
            }
        }
    }
}
