namespace Gantry.Core.DayLabour;

/// <summary>One group of approved day labour: its key (an id, a name or a date), how many tickets (lines, per trade), worker-days and amount.</summary>
public sealed record DayLabourSummaryRow(string Key, string Label, int Entries, decimal WorkerDays, decimal Amount);
