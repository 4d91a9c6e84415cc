using Gantry.Core.Costs;

namespace Gantry.Web.Api;

/// <summary>Body of an approval or signature step: the version the user loaded.</summary>
public sealed record SignRequest(int? Version);

/// <summary>Body of <c>POST …/budgets</c>.</summary>
public sealed record BudgetVersionRequest(string? Name);

/// <summary>Body of <c>POST …/contracts/{id}/sign</c>.</summary>
public sealed record SignContractRequest(DateOnly? SignedOn, int? Version);

/// <summary>Body of a reversal: the (open-month) date of the reversing record, and the version where the record has one.</summary>
public sealed record ReverseRequest(DateOnly? Date, int? Version);

/// <summary>Body of <c>POST …/costs/records/import</c>: the rows of a cost sheet.</summary>
public sealed record ImportCostsRequest(IReadOnlyList<CostRecordInput>? Rows);

/// <summary>Body of <c>POST …/costs/closed-months</c>: any day of the month to close.</summary>
public sealed record CloseMonthRequest(DateOnly? Month);

/// <summary>Body of <c>POST …/day-labour/wages</c>.</summary>
public sealed record PayWagesRequest(Guid? WorkerId, DateOnly? Month, decimal? Amount, DateOnly? PaidOn);

/// <summary>Body of a receipt or a payment: amount, date, and a reason when more than approved is accepted.</summary>
public sealed record MoneyMovementRequest(decimal? Amount, DateOnly? On, string? OverrideReason);

/// <summary>Body of <c>POST …/funds/payments/{id}/approve</c>: the amount approved (default: as requested).</summary>
public sealed record ApprovePaymentRequest(decimal? Amount, string? OverrideReason, int? Version);
