using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;

namespace Gantry.Core.Costs;

/// <summary>
/// Imports many cost records at once (rows read from Excel by the caller). All or nothing: one bad
/// row rejects the file, and each error names its row (<c>rows[3].amount</c>, "Row 4: …").
/// </summary>
public sealed class ImportCostRecords(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public const int MaxRows = 10_000;

    public Task<int> ExecuteAsync(Guid projectId, IReadOnlyList<CostRecordInput> rows, CancellationToken cancellationToken = default) =>
        ImportAsync(projectId, rows, (i, e) => new FieldError($"rows[{i}].{e.Field}", Text.Get("InRow", i + 1, e.Message)), cancellationToken);

    /// <summary>As <see cref="ExecuteAsync"/>, with the caller saying where a row's error is (an Excel row and column).</summary>
    internal async Task<int> ImportAsync(Guid projectId, IReadOnlyList<CostRecordInput> rows, Func<int, FieldError, FieldError> describe,
        CancellationToken cancellationToken)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        if (rows.Count is 0 or > MaxRows)
        {
            throw ValidationFailedException.For("rows", Text.Get("RowCount", Validation.Label("rows"), MaxRows));
        }

        // A JSON list may hold nulls: a missing row is named by its number, like any other bad row.
        var gap = rows.ToList().IndexOf(null!);
        if (gap >= 0)
        {
            throw ValidationFailedException.For($"rows[{gap}]", Text.Get("InRow", gap + 1, Text.Get("Required", Validation.Label("rows"))));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var records = new List<CostRecord>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var values = await rows[i].CheckAsync(db, access.Project, cancellationToken);
                records.Add(CostRecord.Create(projectId, values, CostSource.Import, null, access.User.Id, now));
            }
            catch (ValidationFailedException ex)
            {
                var row = i;
                errors.AddRange(ex.Errors.Select(e => describe(row, e)));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        db.CostRecords.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        return records.Count;
    }
}
