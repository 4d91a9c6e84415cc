using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>A worker on the roster with an approved May ticket, and the two ways of paying him, for the wage tests.</summary>
public static class WageFlow
{
    public static readonly DateOnly May = new(2026, 5, 1);

    public static readonly DateOnly PaidOn = new(2026, 6, 5);

    public static Task<WorkerSummary> WorkerAsync(CoreDatabase db, MoneyProject project, string name = "李建国", string idNumber = "32010219800101123X") =>
        db.Run<SaveWorker, WorkerSummary>("sub.sun", u => u.ExecuteAsync(project.Id, null, new WorkerInput
        {
            Name = name, IdNumber = idNumber, Trade = "电工", CrewOrganisationId = project.MepId, CrewName = "水电一班", DailyRate = 350m,
        }));

    /// <summary>An approved ticket on <paramref name="date"/> with the worker for <paramref name="days"/> days at CNY 350.</summary>
    public static Task<TicketSummary> TicketAsync(CoreDatabase db, MoneyProject project, WorkerSummary worker, decimal days = 2m,
        string date = "2026-05-12") =>
        DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, date) with
        {
            Lines = [new TicketLineInput { WorkerId = worker.Id, Quantity = days }],
        });

    public static Task<WageSheetRow> PayOnSheetAsync(CoreDatabase db, MoneyProject project, WorkerSummary worker, decimal amount) =>
        db.Run<PayWages, WageSheetRow>("cost.chen", u => u.ExecuteAsync(project.Id, worker.Id, May, amount, PaidOn));

    public static Task<PaymentRequestSummary> RequestAsync(CoreDatabase db, MoneyProject project, TicketSummary ticket) =>
        db.Run<RequestTicketPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, ticket.Id));

    /// <summary>Requested, checked, approved and paid in full.</summary>
    public static async Task<PaymentRequestSummary> PaidRequestAsync(CoreDatabase db, MoneyProject project, TicketSummary ticket, decimal? paid = null)
    {
        var request = await RequestAsync(db, project, ticket);
        request = await db.Run<CheckPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, request.Version));
        request = await db.Run<ApprovePayment, PaymentRequestSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, request.Id, null, null, request.Version));
        return await db.Run<RecordPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, paid ?? request.ApprovedAmount, PaidOn, null));
    }

    public static async Task<WageSheetRow> SheetRowAsync(CoreDatabase db, MoneyProject project, WorkerSummary worker) =>
        (await db.Run<GetWageSheet, IReadOnlyList<WageSheetRow>>("cost.chen", u => u.ExecuteAsync(project.Id, May, null)))
        .Single(r => r.WorkerId == worker.Id);
}
