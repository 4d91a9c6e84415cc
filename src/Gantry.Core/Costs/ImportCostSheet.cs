using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;
using Gantry.Interchange;
using Gantry.Interchange.Costs;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Imports cost records from the Excel template (<see cref="CostSheet"/>). Codes are resolved against the
/// project (WBS code, cost code, contract code); every error names its Excel row and column in the
/// user's language; one bad row rejects the whole file and nothing is saved (one SaveChanges, one transaction).
/// </summary>
public sealed class ImportCostSheet(GantryDbContext db, PermissionService permissions, ImportCostRecords import)
{
    private static readonly Dictionary<string, CostSheetColumn> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["kind"] = CostSheetColumn.Kind, ["date"] = CostSheetColumn.Date, ["wbsNodeId"] = CostSheetColumn.Wbs,
        ["costCodeId"] = CostSheetColumn.CostCode, ["contractId"] = CostSheetColumn.Contract, ["description"] = CostSheetColumn.Description,
        ["amount"] = CostSheetColumn.Amount, ["vatRate"] = CostSheetColumn.VatRate,
    };

    private static readonly Dictionary<CostSheetColumn, string> FieldOfColumn = ColumnOfField.ToDictionary(p => p.Value, p => p.Key);

    public async Task<CostImportReport> ExecuteAsync(Guid projectId, string? fileName, Stream? content, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        if (content is null)
        {
            throw ValidationFailedException.For("file", Text.Get("Required", Validation.Label("file")));
        }

        CostSheetContent sheet;
        try
        {
            sheet = CostSheet.Read(content, fileName ?? "upload.xlsx");
        }
        catch (InterchangeException ex)
        {
            throw ValidationFailedException.For("file", ex.Message);
        }

        var errors = sheet.Problems.Select(p => Cell(p.Row, p.ColumnLetter, p.Column, p.Message)).ToList();
        if (errors.Count == 0 && sheet.Rows.Count == 0)
        {
            throw ValidationFailedException.For("file", Text.Get("RowCount", Validation.Label("rows"), ImportCostRecords.MaxRows));
        }

        var wbs = await db.WbsNodes.Where(w => w.ProjectId == projectId).ToDictionaryAsync(w => w.Code, w => w.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        var codes = await db.CostCodes.Where(c => c.ProjectId == projectId).ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var contracts = await db.Contracts.Where(c => c.ProjectId == projectId).ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var inputs = new List<CostRecordInput>(sheet.Rows.Count);
        foreach (var row in sheet.Rows)
        {
            Guid? Lookup(Dictionary<string, Guid> known, string? code, CostSheetColumn column)
            {
                if (code is null)
                {
                    return null;
                }

                if (known.TryGetValue(code, out var id))
                {
                    return id;
                }

                errors.Add(Cell(row.Row, Letter(sheet, column), column, Text.Get("UnknownCode", code)));
                return null;
            }

            var kind = Kind(row.Kind);
            if (row.Kind is not null && kind is null)
            {
                errors.Add(Cell(row.Row, Letter(sheet, CostSheetColumn.Kind), CostSheetColumn.Kind, Text.Get("UnknownCostKind", row.Kind)));
            }

            inputs.Add(new CostRecordInput
            {
                Kind = kind, Date = row.Date, WbsNodeId = Lookup(wbs, row.Wbs, CostSheetColumn.Wbs),
                CostCodeId = Lookup(codes, row.CostCode, CostSheetColumn.CostCode), ContractId = Lookup(contracts, row.Contract, CostSheetColumn.Contract),
                Description = row.Description, Amount = row.Amount, VatRate = row.VatRate,
            });
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await import.ImportAsync(projectId, inputs, (i, e) =>
        {
            var column = ColumnOfField.GetValueOrDefault(e.Field, CostSheetColumn.Description);
            return Cell(sheet.Rows[i].Row, Letter(sheet, column), column, e.Message);
        }, cancellationToken);
        return new CostImportReport(inputs.Count, inputs.Sum(r => r.Amount ?? 0m), inputs.Min(r => r.Date!.Value), inputs.Max(r => r.Date!.Value),
            sheet.Rows.GroupBy(r => r.CostCode!.ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CostImportLine(g.First().CostCode!, g.Count(), g.Sum(r => r.Amount ?? 0m))).ToList());
    }

    private static string Letter(CostSheetContent sheet, CostSheetColumn column) => sheet.ColumnLetters.GetValueOrDefault(column, "-");

    /// <summary>Field <c>rows[5].amount</c> for Excel row 5; the message says row, column letter and the column's name.</summary>
    private static FieldError Cell(int row, string letter, CostSheetColumn column, string message) =>
        new($"rows[{row}].{FieldOfColumn[column]}", Text.Get("InCell", row, letter, Validation.Label(FieldOfColumn[column]), message));

    /// <summary>The kind as written in either language; the template says 实际/actual or 承诺/commitment.</summary>
    private static CostRecordKind? Kind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "ACTUAL" or "实际" or "实际成本" => CostRecordKind.Actual,
        "COMMITMENT" or "承诺" or "承诺成本" => CostRecordKind.Commitment,
        _ => null,
    };
}
