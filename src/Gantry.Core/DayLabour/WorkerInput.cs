using Gantry.Core.Common;
using Gantry.Core.Costs;

namespace Gantry.Core.DayLabour;

/// <summary>Add or change a worker on the roster.</summary>
public sealed record WorkerInput
{
    public string? Name { get; init; }

    public string? IdNumber { get; init; }

    public string? Trade { get; init; }

    public Guid? CrewOrganisationId { get; init; }

    public string? CrewName { get; init; }

    public decimal? DailyRate { get; init; }

    public bool? IsActive { get; init; }

    public int? Version { get; init; }

    public WorkerValues Check()
    {
        var v = new Validation();
        var name = v.Trimmed("name", Name, Worker.NameMaxLength);
        var idNumber = v.Trimmed("idNumber", IdNumber, Worker.IdNumberMaxLength).ToUpperInvariant();
        // Resident ID cards have 18 characters: 17 digits and a digit or X check character.
        if (idNumber.Length > 0 && (idNumber.Length != 18 || !idNumber[..17].All(char.IsAsciiDigit)
                || !(char.IsAsciiDigit(idNumber[17]) || idNumber[17] == 'X')))
        {
            v.Add("idNumber", "IdNumberFormat");
        }

        var trade = v.Trimmed("trade", Trade, Worker.TradeMaxLength);
        var crew = v.Required("crewOrganisationId", CrewOrganisationId);
        var crewName = v.Trimmed("crewName", CrewName, Worker.CrewMaxLength, required: false);
        var rate = v.Amount("dailyRate", DailyRate ?? 0m);
        v.ThrowIfAny();
        return new WorkerValues(name, idNumber, trade, crew, crewName, rate, IsActive ?? true);
    }
}
