namespace Gantry.Core.Schedules;

/// <summary>What an import brought in, and every note the reader made (changed, dropped or approximated values).</summary>
public sealed record ImportReport(
    string Source,
    string WrittenBy,
    int Activities,
    int Links,
    int Calendars,
    int WbsNodes,
    DateTime DataDate,
    DateTime? Finish,
    IReadOnlyList<ImportReportNote> Notes);

public sealed record ImportReportNote(string Kind, string Record, string Message);
