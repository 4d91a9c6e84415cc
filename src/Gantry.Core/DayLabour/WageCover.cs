namespace Gantry.Core.DayLabour;

/// <summary>
/// Marks one line of an approved ticket as taken by one way of paying wages: the wage sheet
/// (<see cref="WagePaymentId"/>) or a payment request to the crew (<see cref="PaymentRequestId"/>).
/// The line id is the key, so the database itself refuses a second cover: two payments racing for
/// the same wages cannot both win. A cover is bookkeeping, not money: when the payment that made it
/// is reversed (or the request rejected) the cover is removed and the line may be paid again; the
/// payments and their reversals stay on file.
/// </summary>
public sealed class WageCover
{
    private WageCover()
    {
        WorkerName = string.Empty;
    }

    public Guid LineId { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid TicketId { get; private set; }

    public int TicketNumber { get; private set; }

    /// <summary>The named worker of the line; null for a headcount line, which only a request to the crew can pay.</summary>
    public Guid? WorkerId { get; private set; }

    /// <summary>Kept so a refusal can name the worker without another query.</summary>
    public string WorkerName { get; private set; }

    /// <summary>First day of the month of the ticket: the wage sheet's month.</summary>
    public DateOnly Month { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The first wage-sheet payment that paid this line's worker for the month.</summary>
    public Guid? WagePaymentId { get; private set; }

    public Guid? PaymentRequestId { get; private set; }

    public int? PaymentRequestNumber { get; private set; }

    public bool ByWageSheet => WagePaymentId is not null;

    public static WageCover ForWageSheet(WageLine line, Guid wagePaymentId) => Create(line, wagePaymentId, null, null);

    public static WageCover ForRequest(WageLine line, Guid requestId, int requestNumber) => Create(line, null, requestId, requestNumber);

    private static WageCover Create(WageLine line, Guid? wagePaymentId, Guid? requestId, int? requestNumber) => new()
    {
        LineId = line.LineId, ProjectId = line.ProjectId, TicketId = line.TicketId, TicketNumber = line.TicketNumber,
        WorkerId = line.WorkerId, WorkerName = line.WorkerName, Month = new DateOnly(line.Date.Year, line.Date.Month, 1),
        Amount = line.Amount, WagePaymentId = wagePaymentId, PaymentRequestId = requestId, PaymentRequestNumber = requestNumber,
    };
}
