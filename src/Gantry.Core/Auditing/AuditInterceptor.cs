using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gantry.Core.Auditing;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every created, changed or deleted record to the same
/// SaveChanges, so the change and its trail commit or fail together. Keys are client-generated
/// GUIDs, which is why the key of a new record is already known here.
/// </summary>
public sealed class AuditInterceptor(CurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || ScheduleAnnotations.IsNotAuditedEntity(entry.Metadata) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var audit = Describe(entry, now);
            if (audit is not null)
            {
                entries.Add(audit);
            }
        }

        context.AddRange(entries);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTime now)
    {
        var oldValues = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var newValues = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (AuditAnnotations.IsIgnored(metadata) || metadata.IsPrimaryKey())
            {
                continue;
            }

            var secret = AuditAnnotations.IsSecret(metadata);
            switch (entry.State)
            {
                case EntityState.Added:
                    newValues[metadata.Name] = secret ? "***" : property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    oldValues[metadata.Name] = secret ? "***" : property.OriginalValue;
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        oldValues[metadata.Name] = secret ? "***" : property.OriginalValue;
                        newValues[metadata.Name] = secret ? "***" : property.CurrentValue;
                    }

                    break;
            }
        }

        // A version bump alone is not a change of business data (e.g. only ignored fields changed).
        if (entry.State == EntityState.Modified && newValues.Keys.All(k => k == nameof(IVersioned.Version)))
        {
            return null;
        }

        var key = string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        return AuditEntry.Record(now, currentUser.UserId, currentUser.UserName, entry.Metadata.ClrType.Name, key,
            (entry.Entity as IProjectScoped)?.ProjectId, action,
            oldValues.Count == 0 ? null : JsonSerializer.Serialize(oldValues, Json),
            newValues.Count == 0 ? null : JsonSerializer.Serialize(newValues, Json));
    }
}
