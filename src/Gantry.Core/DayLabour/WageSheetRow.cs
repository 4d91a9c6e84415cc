namespace Gantry.Core.DayLabour;

/// <summary>
/// One worker's line of the monthly wage sheet (工资表). <see cref="Owed"/>: wages on the month's approved
/// tickets; <see cref="Requested"/>: in a payment request to the crew not yet paid; <see cref="Paid"/>: on
/// the wage sheet or through a request; <see cref="Unpaid"/> = owed − paid; <see cref="Payable"/>: what the
/// wage sheet may still pay (unpaid less requested). <see cref="Overdue"/>: wages still unpaid after the
/// month has ended (拖欠农民工工资, a legal risk for the contractor).
/// </summary>
public sealed record WageSheetRow(Guid WorkerId, string Name, string MaskedIdNumber, string Trade, string CrewName, decimal WorkerDays,
    decimal Owed, decimal Requested, decimal Paid, decimal Unpaid, decimal Payable, bool Overdue);
