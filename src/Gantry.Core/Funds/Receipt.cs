using Gantry.Core.Common;

namespace Gantry.Core.Funds;

/// <summary>Money received from the owner against an application. Never deleted: a mistake is reversed by a negated receipt.</summary>
public sealed class Receipt : IProjectScoped
{
    public const int ReasonMaxLength = 500;

    private Receipt()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public Guid? ReversesId { get; private set; }

    public bool IsReversed { get; private set; }

    /// <summary>Why more than the net due was accepted, when it was; null otherwise.</summary>
    public string? OverrideReason { get; private set; }

    public Guid RecordedBy { get; private set; }

    public static Receipt Create(Guid projectId, Guid applicationId, decimal amount, DateOnly receivedOn, string? overrideReason, Guid userId) =>
        new()
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, ApplicationId = applicationId, Amount = amount, ReceivedOn = receivedOn,
            OverrideReason = overrideReason, RecordedBy = userId,
        };

    public Receipt Reverse(DateOnly on, Guid userId)
    {
        if (IsReversed || ReversesId is not null)
        {
            throw ValidationFailedException.For("id", Localization.Text.Get("AlreadyReversed"));
        }

        IsReversed = true;
        var reversal = Create(ProjectId, ApplicationId, -Amount, on, null, userId);
        reversal.ReversesId = Id;
        return reversal;
    }
}
