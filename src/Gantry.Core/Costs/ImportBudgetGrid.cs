using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;
using Gantry.Interchange;
using Gantry.Interchange.Excel;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Reads a budget grid back from Excel in the layout of its download (<see cref="BudgetGridLayout"/>) and
/// saves it as one grid save: every cell of the file states its amount (an empty cell clears it), cells
/// not in the file stay as they are. All or nothing; every error names the Excel row and column.
/// </summary>
public sealed class ImportBudgetGrid(GantryDbContext db, PermissionService permissions, SaveBudgetGrid save)
{
    public async Task<BudgetGridSaved> ExecuteAsync(Guid projectId, Guid budgetVersionId, string? fileName, Stream? content,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var budget = await db.BudgetVersions.AsNoTracking().SingleOrDefaultAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        if (content is null)
        {
            throw ValidationFailedException.For("file", Text.Get("Required", Validation.Label("file")));
        }

        ExcelSheet sheet;
        try
        {
            sheet = ExcelWorkbookReader.Read(content, fileName ?? "budget.xlsx").FirstOrDefault()
                ?? throw ValidationFailedException.For("file", Text.Get("Required", Validation.Label("file")));
        }
        catch (InterchangeException ex)
        {
            throw ValidationFailedException.For("file", ex.Message);
        }

        var wbs = await db.WbsNodes.Where(w => w.ProjectId == projectId)
            .ToDictionaryAsync(w => w.Code, w => w.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var codes = await db.CostCodes.Where(c => c.ProjectId == projectId)
            .ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var errors = new List<FieldError>();
        var columns = CodeColumns(sheet, codes, errors);
        var cells = new List<BudgetGridCell>();
        var origin = new List<(int Row, int Column)>();
        foreach (var (rowNumber, row) in sheet.Rows.Where(r => r.Key > 1))
        {
            var code = row.GetValueOrDefault(1)?.Text.Trim() ?? string.Empty;
            if (code == BudgetGridLayout.TotalLabel || row.Values.All(c => c.IsEmpty))
            {
                continue;
            }

            Guid? wbsId = null;
            if (code.Length > 0 && code != BudgetGridLayout.NoWbsCode)
            {
                if (!wbs.TryGetValue(code, out var found))
                {
                    errors.Add(Cell(rowNumber, 1, Text.Get("UnknownCode", code)));
                    continue;
                }

                wbsId = found;
            }

            foreach (var (column, costCodeId) in columns)
            {
                var cell = row.GetValueOrDefault(column);
                cells.Add(new BudgetGridCell
                {
                    WbsNodeId = wbsId, CostCodeId = costCodeId,
                    Amount = cell?.Number is { } n ? ((decimal)n).ToString(CultureInfo.InvariantCulture) : cell?.Text,
                });
                origin.Add((rowNumber, column));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        try
        {
            return await save.ExecuteAsync(projectId, budgetVersionId, new BudgetGridInput { Version = budget.Version, Cells = cells },
                cancellationToken);
        }
        catch (ValidationFailedException refused)
        {
            // The grid names cells by their index in the request; the user looks for an Excel row and column.
            throw new ValidationFailedException(refused.Errors.Select(e => CellIndex(e.Field) is { } i
                ? Cell(origin[i].Row, origin[i].Column, e.Message)
                : e).ToList());
        }
    }

    /// <summary>The columns from C on whose header starts with a cost code of the project ("02 材料费"); the total column ends them.</summary>
    private static List<(int Column, Guid CostCodeId)> CodeColumns(ExcelSheet sheet, Dictionary<string, Guid> codes, List<FieldError> errors)
    {
        var columns = new List<(int, Guid)>();
        var header = sheet.Rows.GetValueOrDefault(1) ?? [];
        foreach (var (column, cell) in header.Where(h => h.Key >= BudgetGridLayout.FirstCodeColumn).OrderBy(h => h.Key))
        {
            var text = cell.Text.Trim();
            if (text == BudgetGridLayout.TotalLabel)
            {
                break;
            }

            var code = text.Split(' ', 2)[0];
            if (codes.TryGetValue(code, out var id))
            {
                columns.Add((column, id));
            }
            else if (text.Length > 0)
            {
                errors.Add(Cell(1, column, Text.Get("UnknownCode", code)));
            }
        }

        if (columns.Count == 0 && errors.Count == 0)
        {
            errors.Add(Cell(1, BudgetGridLayout.FirstCodeColumn, Text.Get("Required", Validation.Label("costCodeId"))));
        }

        return columns;
    }

    private static int? CellIndex(string field) =>
        field.StartsWith("cells[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 6
            && int.TryParse(field.AsSpan(6, end - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>Field <c>rows[5].C</c> for Excel cell C5; the message says row and column as the cost import does.</summary>
    private static FieldError Cell(int row, int column, string message)
    {
        var letter = ExcelSheet.ColumnLetters(column);
        return new FieldError($"rows[{row}].{letter}", Text.Get("InCell", row, letter, column switch
        {
            1 => "WBS",
            _ => Validation.Label("amount"),
        }, message));
    }
}
