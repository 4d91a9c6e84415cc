using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// One committed or actual cost against a WBS node × cost code. Records are never edited or deleted:
/// a mistake is corrected by a reversing record (the same amount negated), so a closed month's
/// figures never move. <see cref="WbsNodeId"/> and <see cref="ActivityId"/> are the schedule's ids;
/// a re-imported schedule clears them, never the record.
/// </summary>
public sealed class CostRecord : IProjectScoped
{
    public const int DescriptionMaxLength = 500;

    private CostRecord()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public CostRecordKind Kind { get; private set; }

    public CostSource Source { get; private set; }

    public DateOnly Date { get; private set; }

    public Guid?WbsNodeId { get; private set; }

    public Guid?ActivityId { get; private set; }

    public Guid CostCodeId { get; private set; }

    public Guid? ContractId { get; private set; }

    public string Description { get; private set; }

    /// <summary>Including VAT, as on the invoice; negative only on a reversal.</summary>
    public decimal Amount { get; private set; }

    public decimal VatRate { get; private set; }

    public decimal NetAmount { get; private set; }

    /// <summary>The ticket or payment that posted this record.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>On a reversal: the record it cancels.</summary>
    public Guid? ReversesId { get; private set; }

    public bool IsReversed { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static CostRecord Create(Guid projectId, CostRecordValues values, CostSource source, Guid? sourceId, Guid? userId,
        DateTime now) => new()
        {
            Id = Guid.CreateVersion7(),
            ProjectId = projectId,
            Kind = values.Kind,
            Source = source,
            Date = values.Date,
            WbsNodeId = values.WbsNodeId,
            ActivityId = values.ActivityId,
            CostCodeId = values.CostCodeId,
            ContractId = values.ContractId,
            Description = values.Description,
            Amount = values.Amount,
            VatRate = values.VatRate,
            NetAmount = MoneyValidation.NetOfVat(values.Amount, values.VatRate),
            SourceId = sourceId,
            RecordedBy = userId,
            RecordedAt = now,
        };

    /// <summary>The negated twin of this record, dated <paramref name="date"/> (an open month).</summary>
    public CostRecord Reverse(DateOnly date, Guid? userId, DateTime now)
    {
        if (IsReversed || ReversesId is not null)
        {
            throw ValidationFailedException.For("id", Localization.Text.Get("AlreadyReversed"));
        }

        IsReversed = true;
        var reversal = Create(ProjectId,
            new CostRecordValues(Kind, date, WbsNodeId, ActivityId, CostCodeId, ContractId, Description, -Amount, VatRate),
            Source, SourceId, userId, now);
        reversal.ReversesId = Id;
        reversal.NetAmount = -NetAmount;
        return reversal;
    }
}
