namespace Gantry.Web.Ui;

/// <summary>A sortable column header of a list page: clicking it sorts ascending, clicking again descending.</summary>
public sealed record SortHeader(string Key, string Label, string? Current, string? Query, bool IncludeArchived);
