namespace Gantry.Web.Api;

/// <summary>Body of <c>POST …/funds/payments/{id}/reject</c>: why, and the version the checker or approver loaded.</summary>
public sealed record RejectPaymentRequest(string? Reason, int? Version);
