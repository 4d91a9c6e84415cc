namespace Gantry.Core.DayLabour;

/// <summary>A roster entry as shown: the ID number is always masked.</summary>
public sealed record WorkerSummary(Guid Id, string Name, string MaskedIdNumber, string Trade, Guid CrewOrganisationId, string CrewName,
    decimal DailyRate, bool IsActive, int Version)
{
    internal static WorkerSummary From(Worker w) =>
        new(w.Id, w.Name, Worker.Mask(w.IdNumber), w.Trade, w.CrewOrganisationId, w.CrewName, w.DailyRate, w.IsActive, w.Version);
}
