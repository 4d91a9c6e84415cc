namespace Gantry.Web.Funds;

/// <summary>The tabs above every funds page; the cash flow is offered only to those who see the whole project's money.</summary>
public sealed record FundsNav(Guid ProjectId, string ProjectCode, string Active, bool SeesWholeProject);
