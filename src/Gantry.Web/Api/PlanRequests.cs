namespace Gantry.Web.Api;

/// <summary>Body of a plan's reject step: why, and the version the project manager loaded.</summary>
public sealed record RejectPlanRequest(string? Reason, int? Version);
