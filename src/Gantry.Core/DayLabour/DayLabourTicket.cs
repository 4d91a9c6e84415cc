using Gantry.Core.Common;

namespace Gantry.Core.DayLabour;

/// <summary>
/// A day-labour ticket (点工单). Signatures are collected in order: the foreman submits, the site
/// engineer verifies, the project manager approves, and the charged party (subcontractor or owner)
/// countersigns when the cost is passed on. Editing clears every signature, because a signature
/// vouches for the ticket as it was when signed. <see cref="WbsNodeId"/> and <see cref="ActivityId"/>
/// are the schedule's ids (cleared, not deleted, when the schedule is re-imported).
/// </summary>
public sealed class DayLabourTicket : IVersioned, IProjectScoped
{
    public const int LocationMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    private readonly List<DayLabourLine> _lines = [];

    private DayLabourTicket()
    {
        Location = Description = CrewName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Running number in the project, printed on the paper ticket.</summary>
    public int Number { get; private set; }

    public DateOnly Date { get; private set; }

    public string Location { get; private set; }

    public DayLabourReason Reason { get; private set; }

    public string Description { get; private set; }

    public Guid?WbsNodeId { get; private set; }

    public Guid?ActivityId { get; private set; }

    public Guid CostCodeId { get; private set; }

    public Guid CrewOrganisationId { get; private set; }

    public string CrewName { get; private set; }

    public ChargeTo ChargeTo { get; private set; }

    public Guid? ChargedContractId { get; private set; }

    /// <summary>The counterparty of <see cref="ChargedContractId"/>: the party that must countersign.</summary>
    public Guid? ChargedPartyId { get; private set; }

    public TicketStatus Status { get; private set; }

    public decimal Amount { get; private set; }

    public decimal WorkerDays { get; private set; }

    public Guid? SubmittedBy { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public Guid? VerifiedBy { get; private set; }

    public DateTime? VerifiedAt { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public Guid? CountersignedBy { get; private set; }

    public DateTime? CountersignedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<DayLabourLine> Lines => _lines;

    public bool NeedsCountersignature => ChargeTo != ChargeTo.OwnCost;

    public static DayLabourTicket Create(Guid projectId, int number, TicketValues values)
    {
        var ticket = new DayLabourTicket { Id = Guid.CreateVersion7(), ProjectId = projectId, Number = number, Status = TicketStatus.Draft };
        ticket.Apply(values);
        return ticket;
    }

    /// <summary>Replaces the ticket's content; any signature already given is cleared (the audit trail keeps who had signed).</summary>
    public IReadOnlyList<DayLabourLine> Change(TicketValues values)
    {
        EnsureStatus("status", TicketStatus.Draft, TicketStatus.Submitted, TicketStatus.Verified);
        var removed = _lines.ToList();
        _lines.Clear();
        Apply(values);
        Status = TicketStatus.Draft;
        SubmittedBy = VerifiedBy = CountersignedBy = null;
        SubmittedAt = VerifiedAt = CountersignedAt = null;
        return removed;
    }

    public void Submit(Guid userId, DateTime now)
    {
        EnsureStatus("status", TicketStatus.Draft);
        Status = TicketStatus.Submitted;
        SubmittedBy = userId;
        SubmittedAt = now;
    }

    public void Verify(Guid userId, DateTime now)
    {
        EnsureStatus("status", TicketStatus.Submitted);
        Status = TicketStatus.Verified;
        VerifiedBy = userId;
        VerifiedAt = now;
    }

    public void Approve(Guid userId, DateTime now)
    {
        EnsureStatus("status", TicketStatus.Verified);
        Status = TicketStatus.Approved;
        ApprovedBy = userId;
        ApprovedAt = now;
    }

    public void Countersign(Guid userId, DateTime now)
    {
        if (!NeedsCountersignature || CountersignedBy is not null)
        {
            throw ValidationFailedException.For("chargeTo", Localization.Text.Get("NoCountersignature"));
        }

        EnsureStatus("status", TicketStatus.Submitted, TicketStatus.Verified, TicketStatus.Approved);
        CountersignedBy = userId;
        CountersignedAt = now;
    }

    public void MarkReversed()
    {
        EnsureStatus("status", TicketStatus.Approved);
        Status = TicketStatus.Reversed;
    }

    private void EnsureStatus(string field, params TicketStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw ValidationFailedException.For(field, Localization.Text.Get("TicketStatusWrong", Localization.Text.Get("TicketStatus_" + Status)));
        }
    }

    private void Apply(TicketValues values)
    {
        Date = values.Date;
        Location = values.Location;
        Reason = values.Reason;
        Description = values.Description;
        WbsNodeId = values.WbsNodeId;
        ActivityId = values.ActivityId;
        CostCodeId = values.CostCodeId;
        CrewOrganisationId = values.CrewOrganisationId;
        CrewName = values.CrewName;
        ChargeTo = values.ChargeTo;
        ChargedContractId = values.ChargedContractId;
        ChargedPartyId = values.ChargedPartyId;
        foreach (var line in values.Lines)
        {
            _lines.Add(DayLabourLine.Create(Id, line.WorkerId, line.Trade, line.Headcount, line.Quantity, line.Unit, line.Rate));
        }

        Amount = _lines.Sum(l => l.Amount);
        WorkerDays = _lines.Sum(l => l.WorkerDays);
    }
}
