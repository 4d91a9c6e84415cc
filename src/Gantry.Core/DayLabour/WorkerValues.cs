namespace Gantry.Core.DayLabour;

/// <summary>A worker's checked values (see <see cref="WorkerInput"/>).</summary>
public sealed record WorkerValues(string Name, string IdNumber, string Trade, Guid CrewOrganisationId, string CrewName,
    decimal DailyRate, bool IsActive);
