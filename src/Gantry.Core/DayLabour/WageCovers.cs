using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// The one rule that keeps a worker's wages from being paid twice: every line of an approved ticket
/// is paid either on the wage sheet or through a payment request to the crew, never both. Shared by
/// <see cref="PayWages"/>, <c>RequestTicketPayment</c> and the reversals that free lines again.
/// </summary>
public static class WageCovers
{
    /// <summary>The lines of one ticket, with the worker's name (a headcount line is named by trade × headcount).</summary>
    public static Task<List<WageLine>> LinesOfTicketAsync(GantryDbContext db, Guid ticketId, CancellationToken cancellationToken) =>
        LinesAsync(db, db.DayLabourTickets.Where(t => t.Id == ticketId), null, cancellationToken);

    /// <summary>A worker's lines on the month's approved tickets: what the wage sheet owes him.</summary>
    public static Task<List<WageLine>> LinesOfWorkerAsync(GantryDbContext db, Guid projectId, Guid workerId, DateOnly month,
        CancellationToken cancellationToken)
    {
        var next = month.AddMonths(1);
        return LinesAsync(db, db.DayLabourTickets.Where(t => t.ProjectId == projectId && t.Status == TicketStatus.Approved
            && t.Date >= month && t.Date < next), workerId, cancellationToken);
    }

    public static Task<List<WageCover>> OfLinesAsync(GantryDbContext db, IEnumerable<Guid> lineIds, CancellationToken cancellationToken)
    {
        var ids = lineIds.ToList();
        return db.WageCovers.Where(c => ids.Contains(c.LineId)).ToListAsync(cancellationToken);
    }

    /// <summary>The refusal for a line already taken by the other way of paying: it names the ticket, the worker and the record.</summary>
    public static async Task<ValidationFailedException> RefusalAsync(GantryDbContext db, string field, WageCover cover,
        CancellationToken cancellationToken)
    {
        if (cover.WagePaymentId is { } paymentId)
        {
            var payment = await db.WagePayments.AsNoTracking().SingleAsync(p => p.Id == paymentId, cancellationToken);
            return ValidationFailedException.For(field, Localization.Text.Get("WagesPaidOnSheet", cover.TicketNumber, cover.WorkerName,
                cover.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), payment.Amount, payment.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return ValidationFailedException.For(field, Localization.Text.Get("WagesInRequest", cover.TicketNumber, cover.WorkerName,
            cover.PaymentRequestNumber ?? 0));
    }

    /// <summary>
    /// Saves, turning a lost race into the same refusal a later attempt would get. The covers are keyed
    /// by line, so of two payments saving covers for the same line the database lets one through; the
    /// other's unit of work is dropped and the caller is told which record won.
    /// </summary>
    public static async Task SaveAsync(GantryDbContext db, string field, IReadOnlyCollection<Guid> lineIds, Func<WageCover, bool> conflicts,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is DbUpdateException or ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            var winner = (await OfLinesAsync(db, lineIds, cancellationToken)).OrderBy(c => c.TicketNumber).FirstOrDefault(conflicts);
            if (winner is null)
            {
                throw;
            }

            throw await RefusalAsync(db, field, winner, cancellationToken);
        }
    }

    /// <summary>Frees the lines a rejected or fully reversed request held.</summary>
    public static async Task ReleaseRequestAsync(GantryDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        db.WageCovers.RemoveRange(await db.WageCovers.Where(c => c.PaymentRequestId == requestId).ToListAsync(cancellationToken));

    private static async Task<List<WageLine>> LinesAsync(GantryDbContext db, IQueryable<DayLabourTicket> tickets, Guid? workerId,
        CancellationToken cancellationToken)
    {
        var lines = db.DayLabourLines.AsQueryable();
        if (workerId is { } id)
        {
            lines = lines.Where(l => l.WorkerId == id);
        }

        var rows = await (from t in tickets
                          join l in lines on t.Id equals l.TicketId
                          join w in db.Workers on l.WorkerId equals w.Id into named
                          from w in named.DefaultIfEmpty()
                          orderby t.Number
                          select new { l.Id, t.ProjectId, TicketId = t.Id, t.Number, t.Date, l.WorkerId, Name = w != null ? w.Name : null, l.Trade,
                              l.Headcount, l.Amount }).ToListAsync(cancellationToken);
        return rows.Select(r => new WageLine(r.Id, r.ProjectId, r.TicketId, r.Number, r.Date, r.WorkerId,
            r.Name ?? string.Create(CultureInfo.InvariantCulture, $"{r.Trade} ×{r.Headcount}"), r.Amount)).ToList();
    }
}
