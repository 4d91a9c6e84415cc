using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>Writing and signing tickets the way the site does, for the day-labour tests.</summary>
public static class DayLabourFlow
{
    public static TicketInput Ticket(MoneyProject project, string date = "2026-05-12", decimal days = 1m, decimal rate = 300m, int headcount = 2) => new()
    {
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Location = "3号楼 5层",
        Reason = DayLabourReason.AssistOtherTrade,
        WbsNodeId = project.Wbs("40"),
        ActivityId = project.ActivityId,
        CrewOrganisationId = project.MepId,
        CrewName = "水电一班",
        Lines = [new TicketLineInput { Trade = "电工", Headcount = headcount, Quantity = days, Unit = LabourUnit.Days, Rate = rate }],
    };

    public static Task<TicketSummary> WriteAsync(CoreDatabase db, MoneyProject project, TicketInput input, string foreman = "sub.sun") =>
        db.Run<SaveTicket, TicketSummary>(foreman, u => u.ExecuteAsync(project.Id, null, input));

    /// <summary>Submitted by the MEP foreman, verified by the contractor's site engineer, approved by the project manager.</summary>
    public static async Task<TicketSummary> ApprovedAsync(CoreDatabase db, MoneyProject project, TicketInput input)
    {
        var ticket = await WriteAsync(db, project, input);
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        ticket = await db.Run<VerifyTicket, TicketSummary>("site.wang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        return await db.Run<ApproveTicket, TicketSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
    }
}
