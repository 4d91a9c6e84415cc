using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Projects;

/// <summary>The projects the user may see, searched and sorted.</summary>
public sealed class ListPortfolio(GantryDbContext db, PermissionService permissions)
{
    public const int SearchMaxLength = 100;

    public async Task<IReadOnlyList<ProjectSummary>> ExecuteAsync(PortfolioQuery query, CancellationToken cancellationToken = default)
    {
        var v = new Validation();
        var search = v.Trimmed("search", query.Search, SearchMaxLength, required: false);
        if (query.Status is { } status && !Enum.IsDefined(status))
        {
            v.Add("status", "NotAllowedValue");
        }

        if (!Enum.IsDefined(query.Sort))
        {
            v.Add("sort", "NotAllowedValue");
        }

        v.ThrowIfAny();

        var user = await permissions.RequireUserAsync(cancellationToken);
        var projects = permissions.VisibleProjects(user);
        if (!query.IncludeArchived)
        {
            projects = projects.Where(p => !p.IsArchived);
        }

        if (query.Status is { } wanted)
        {
            projects = projects.Where(p => p.Status == wanted);
        }

        if (search.Length > 0)
        {
            var pattern = "%" + EscapeLike(search.ToLower(CultureInfo.InvariantCulture)) + "%";
            projects = projects.Where(p => EF.Functions.Like(p.SearchText, pattern, "\\"));
        }

        var rows = await projects
            .Join(db.Organisations, p => p.OwnerOrganisationId, o => o.Id, (p, o) => new ProjectSummary(
                p.Id, p.Code, p.Name, p.Type, p.Status, p.Location, o.Name, p.ContractAmount, p.Currency,
                p.PlannedStart, p.PlannedFinish, p.IsArchived))
            .ToListAsync(cancellationToken);
        return Sort(rows, query.Sort, query.Descending);
    }

    // Sorted here rather than in SQL: names compare in the user's culture (pinyin order in Chinese),
    // and SQLite cannot order decimals. A user's portfolio is hundreds of rows, not millions.
    private static ProjectSummary[] Sort(List<ProjectSummary> rows, PortfolioSort sort, bool descending)
    {
        var text = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        Comparison<ProjectSummary> compare = sort switch
        {
            PortfolioSort.Name => (a, b) => text.Compare(a.Name, b.Name),
            PortfolioSort.Status => (a, b) => a.Status.CompareTo(b.Status),
            PortfolioSort.PlannedStart => (a, b) => a.PlannedStart.CompareTo(b.PlannedStart),
            PortfolioSort.PlannedFinish => (a, b) => a.PlannedFinish.CompareTo(b.PlannedFinish),
            PortfolioSort.ContractAmount => (a, b) => a.ContractAmount.CompareTo(b.ContractAmount),
            _ => (a, b) => string.CompareOrdinal(a.Code, b.Code),
        };
        var sorted = rows.ToArray();
        // Ties fall back to the code so the order is stable between requests.
        Array.Sort(sorted, (a, b) =>
        {
            var c = compare(a, b);
            c = c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
            return descending ? -c : c;
        });
        return sorted;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
