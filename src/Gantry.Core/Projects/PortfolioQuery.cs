namespace Gantry.Core.Projects;

/// <summary>Filter and order of the portfolio list.</summary>
public sealed record PortfolioQuery
{
    /// <summary>Case-insensitive part of the code, name or location.</summary>
    public string? Search { get; init; }

    public ProjectStatus? Status { get; init; }

    public bool IncludeArchived { get; init; }

    public PortfolioSort Sort { get; init; } = PortfolioSort.Code;

    public bool Descending { get; init; }
}
