using System.Globalization;
using Gantry.Core.DayLabour;
using Gantry.Web.Money;

namespace Gantry.Web.Api;

/// <summary>Day labour: the roster, tickets and their signatures, photos, summaries and the wage sheet.</summary>
public static class DayLabourApi
{
    /// <summary>The ticket download holds as many tickets as the list page can show (ListTickets' largest page), newest first.</summary>
    private const int ExcelRowLimit = 1000;

    public static void MapDayLabourApi(this RouteGroupBuilder api)
    {
        var labour = api.MapGroup("/projects/{projectId:guid}/day-labour").WithTags("Day labour").ProducesValidationProblem();
        labour.MapGet("/workers", (Guid projectId, ListWorkers useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        labour.MapPost("/workers", (Guid projectId, WorkerInput input, SaveWorker useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, null, input, ct));
        labour.MapPut("/workers/{workerId:guid}", (Guid projectId, Guid workerId, WorkerInput input, SaveWorker useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, workerId, input, ct));

        labour.MapGet("/tickets", (Guid projectId, TicketStatus? status, DateOnly? from, DateOnly? to, Guid? crewOrganisationId, int? take,
                ListTickets useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, new TicketQuery
            {
                Status = status, From = from, To = to, CrewOrganisationId = crewOrganisationId, Take = take ?? 200,
            }, ct));
        labour.MapPost("/tickets", async (Guid projectId, TicketInput input, SaveTicket useCase, CancellationToken ct) =>
        {
            var ticket = await useCase.ExecuteAsync(projectId, null, input, ct);
            return Results.Created($"/api/v1/projects/{projectId}/day-labour/tickets/{ticket.Id}", ticket);
        }).Produces<TicketSummary>(StatusCodes.Status201Created);
        labour.MapPut("/tickets/{ticketId:guid}", (Guid projectId, Guid ticketId, TicketInput input, SaveTicket useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, ticketId, input, ct));
        labour.MapPost("/tickets/{ticketId:guid}/submit", (Guid projectId, Guid ticketId, SignRequest request, SubmitTicket useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, request.Version, ct));
        labour.MapPost("/tickets/{ticketId:guid}/verify", (Guid projectId, Guid ticketId, SignRequest request, VerifyTicket useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, request.Version, ct));
        labour.MapPost("/tickets/{ticketId:guid}/approve", (Guid projectId, Guid ticketId, SignRequest request, ApproveTicket useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, request.Version, ct));
        labour.MapPost("/tickets/{ticketId:guid}/countersign", (Guid projectId, Guid ticketId, SignRequest request, CountersignTicket useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, request.Version, ct));
        labour.MapPost("/tickets/{ticketId:guid}/reverse", (Guid projectId, Guid ticketId, ReverseRequest request, ReverseTicket useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, request.Date, request.Version, ct));

        labour.MapGet("/tickets/{ticketId:guid}/photos", (Guid projectId, Guid ticketId, ListTicketPhotos useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, ticketId, ct));
        // A multipart upload (field "file") from the phone form or a script. The form is read here rather than
        // bound as IFormFile, so a missing file is a 400 naming the field, after access is checked.
        // Cross-site posts are already stopped by the SameSite=Strict session cookie, so no antiforgery token is asked for.
        labour.MapPost("/tickets/{ticketId:guid}/photos", async (Guid projectId, Guid ticketId, HttpRequest http, AttachTicketPhoto useCase,
            CancellationToken ct) =>
        {
            var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
            await using var stream = file?.OpenReadStream();
            return Results.Ok(await useCase.ExecuteAsync(projectId, ticketId, file?.FileName, stream, ct));
        }).DisableAntiforgery();
        labour.MapGet("/tickets/{ticketId:guid}/photos/{photoId:guid}", async (Guid projectId, Guid ticketId, Guid photoId,
            ListTicketPhotos useCase, CancellationToken ct) =>
        {
            var (path, contentType) = await useCase.FileAsync(projectId, ticketId, photoId, ct);
            return Results.File(path, contentType);
        });

        labour.MapGet("/summary", (Guid projectId, DayLabourGrouping? grouping, DateOnly? from, DateOnly? to, GetDayLabourSummary useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, new DayLabourSummaryQuery
            {
                Grouping = grouping ?? DayLabourGrouping.Crew, From = from, To = to,
            }, ct));
        labour.MapGet("/summary.xlsx", async (Guid projectId, DayLabourGrouping? grouping, DateOnly? from, DateOnly? to,
            GetDayLabourSummary useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, new DayLabourSummaryQuery
            {
                Grouping = grouping ?? DayLabourGrouping.Crew, From = from, To = to,
            }, ct);
            return ExcelDownload.File("day-labour-summary.xlsx", "点工汇总 Day labour",
                [("分组 Group", 24), ("单数 Entries", 10), ("工日 Worker-days", 14), ("金额 Amount", 16)],
                rows.Select(r => new object?[] { r.Label, (double)r.Entries, (double)r.WorkerDays, r.Amount }));
        });

        labour.MapGet("/tickets.xlsx", async (Guid projectId, TicketStatus? status, DateOnly? from, DateOnly? to, Guid? crewOrganisationId,
            ListTickets useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, new TicketQuery
            {
                Status = status, From = from, To = to, CrewOrganisationId = crewOrganisationId, Take = ExcelRowLimit,
            }, ct);
            return ExcelDownload.File("day-labour-tickets.xlsx", "点工单 Tickets",
                [("单号 No.", 8), ("日期 Date", 12), ("班组 Crew", 16), ("地点 Location", 20), ("原因 Reason", 14), ("状态 Status", 12),
                    ("工日 Worker-days", 12), ("金额 Amount", 14)],
                rows.Select(t => new object?[] { (double)t.Number, t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.CrewName, t.Location,
                    t.Reason.ToString(), t.Status.ToString(), (double)t.WorkerDays, t.Amount }));
        });
        labour.MapGet("/workers.xlsx", async (Guid projectId, string? q, Guid? crewOrganisationId, string? sort, ListWorkers useCase,
            CancellationToken ct) =>
        {
            var rows = WorkerRosterView.Apply(await useCase.ExecuteAsync(projectId, ct), q, crewOrganisationId, sort);
            return ExcelDownload.File("workers.xlsx", "花名册 Workers",
                [("姓名 Name", 12), ("身份证 ID", 22), ("工种 Trade", 10), ("班组 Crew", 16), ("日工资 Daily rate", 14), ("在册 Active", 10)],
                rows.Select(w => new object?[] { w.Name, w.MaskedIdNumber, w.Trade, w.CrewName, w.DailyRate, w.IsActive ? "是 yes" : "否 no" }));
        });
        labour.MapGet("/wages", (Guid projectId, DateOnly? month, Guid? crewOrganisationId, GetWageSheet useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, month, crewOrganisationId, ct));
        labour.MapGet("/wages.xlsx", async (Guid projectId, DateOnly? month, Guid? crewOrganisationId, string? q, bool? unpaid, string? sort,
            GetWageSheet useCase, CancellationToken ct) =>
        {
            var rows = WageSheetView.Apply(await useCase.ExecuteAsync(projectId, month, crewOrganisationId, ct), q, unpaid ?? false, sort);
            return ExcelDownload.File("wage-sheet-" + month?.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".xlsx", "工资表 Wages",
                [("姓名 Name", 12), ("身份证 ID", 22), ("工种 Trade", 10), ("班组 Crew", 14), ("工日 Days", 10), ("应发 Owed", 14),
                    ("已申请 Requested", 14), ("已发 Paid", 14), ("未发 Unpaid", 14), ("逾期 Overdue", 10)],
                rows.Select(r => new object?[] { r.Name, r.MaskedIdNumber, r.Trade, r.CrewName, (double)r.WorkerDays, r.Owed, r.Requested, r.Paid,
                    r.Unpaid, r.Overdue ? "逾期 overdue" : string.Empty }));
        });
        labour.MapPost("/wages", (Guid projectId, PayWagesRequest request, PayWages useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.WorkerId ?? Guid.Empty, request.Month, request.Amount, request.PaidOn, ct));
        labour.MapGet("/wages/payments", (Guid projectId, DateOnly? month, Guid? workerId, ListWagePayments useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, month, workerId, ct));
        labour.MapPost("/wages/payments/{paymentId:guid}/reverse", (Guid projectId, Guid paymentId, ReverseRequest request,
            ReverseWagePayment useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, paymentId, request.Date, ct));
    }
}
