using Gantry.Core.Common;

namespace Gantry.Core.DayLabour;

/// <summary>
/// A worker on the project's roster (实名制), in a crew of a subcontractor or of the contractor.
/// The ID number is kept whole for the wage records but shown masked everywhere.
/// </summary>
public sealed class Worker : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 50;
    public const int IdNumberMaxLength = 18;
    public const int TradeMaxLength = 50;
    public const int CrewMaxLength = 100;

    private Worker()
    {
        Name = IdNumber = Trade = CrewName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    public string IdNumber { get; private set; }

    public string Trade { get; private set; }

    public Guid CrewOrganisationId { get; private set; }

    /// <summary>The crew (班组) inside the organisation, e.g. "木工一班".</summary>
    public string CrewName { get; private set; }

    public decimal DailyRate { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; set; }

    /// <summary>First four and last four characters, the rest hidden, as the real-name system displays an ID card number.</summary>
    public static string Mask(string idNumber) =>
        idNumber.Length <= 8 ? new string('*', idNumber.Length) : idNumber[..4] + new string('*', idNumber.Length - 8) + idNumber[^4..];

    public static Worker Create(Guid projectId, WorkerValues values)
    {
        var worker = new Worker { Id = Guid.CreateVersion7(), ProjectId = projectId };
        worker.Change(values);
        return worker;
    }

    public void Change(WorkerValues values)
    {
        Name = values.Name;
        IdNumber = values.IdNumber;
        Trade = values.Trade;
        CrewOrganisationId = values.CrewOrganisationId;
        CrewName = values.CrewName;
        DailyRate = values.DailyRate;
        IsActive = values.IsActive;
    }
}
