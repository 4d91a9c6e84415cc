using System.ComponentModel.DataAnnotations;
using Gantry.Core.DayLabour;

namespace Gantry.Web.Money;

/// <summary>The day-labour ticket as the phone form posts it.</summary>
public sealed class TicketForm
{
    /// <summary>Spare rows below the lines already written, so a foreman adds lines without script.</summary>
    public const int SpareLines = 2;

    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    public string? Location { get; set; }

    public DayLabourReason? Reason { get; set; }

    public string? Description { get; set; }

    public Guid? WbsNodeId { get; set; }

    public Guid? ActivityId { get; set; }

    public Guid? CrewOrganisationId { get; set; }

    public string? CrewName { get; set; }

    public ChargeTo? ChargeTo { get; set; }

    public Guid? ChargedContractId { get; set; }

    public List<TicketLineForm> Lines { get; set; } = [];

    public int? Version { get; set; }

    /// <summary>
    /// Blank rows are dropped, but the position of each kept row is remembered so that Core's
    /// "lines[1].quantity" can be shown beside the row the user typed it in.
    /// </summary>
    public (TicketInput Input, IReadOnlyList<int> RowOfLine) ToInput()
    {
        var rows = Lines.Select((line, row) => (line, row)).Where(x => !x.line.IsBlank).ToList();
        var input = new TicketInput
        {
            Date = Date,
            Location = Location,
            Reason = Reason,
            Description = Description,
            WbsNodeId = WbsNodeId,
            ActivityId = ActivityId,
            CrewOrganisationId = CrewOrganisationId,
            CrewName = CrewName,
            ChargeTo = ChargeTo,
            ChargedContractId = ChargedContractId,
            Lines = rows.Select(x => x.line.ToInput()).ToList(),
            Version = Version,
        };
        return (input, rows.Select(x => x.row).ToList());
    }

    public void AddSpareLines()
    {
        for (var i = 0; i < SpareLines; i++)
        {
            Lines.Add(new TicketLineForm());
        }
    }

    public static TicketForm From(TicketSummary ticket) => new()
    {
        Date = ticket.Date,
        Location = ticket.Location,
        Reason = ticket.Reason,
        Description = ticket.Description,
        WbsNodeId = ticket.WbsNodeId,
        ActivityId = ticket.ActivityId,
        CrewOrganisationId = ticket.CrewOrganisationId,
        CrewName = ticket.CrewName,
        ChargeTo = ticket.ChargeTo,
        ChargedContractId = ticket.ChargedContractId,
        Lines = ticket.Lines.Select(TicketLineForm.From).ToList(),
        Version = ticket.Version,
    };
}
