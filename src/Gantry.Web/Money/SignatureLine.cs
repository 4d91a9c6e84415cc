namespace Gantry.Web.Money;

/// <summary>One signature on a ticket as the page shows it: the step, who signed (display name) and when (UTC).</summary>
public sealed record SignatureLine(string Step, string? Who, DateTime? At);
