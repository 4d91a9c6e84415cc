namespace Gantry.Web.Api;

/// <summary>Rows to copy in the activity table.</summary>
public sealed record CopyActivitiesRequest(IReadOnlyList<Guid>? ActivityIds);

/// <summary>A name for a new baseline.</summary>
public sealed record SaveBaselineRequest(string? Name);

/// <summary>The baseline to compare with; null for none.</summary>
public sealed record ComparisonBaselineRequest(Guid? BaselineId);
