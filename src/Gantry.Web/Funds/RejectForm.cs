namespace Gantry.Web.Funds;

/// <summary>Turning a payment request down: the reason is required and shown to the requester.</summary>
public sealed class RejectForm
{
    public string? Reason { get; set; }

    public int? Version { get; set; }
}
