using System.Globalization;
using Gantry.Core.Common;

namespace Gantry.Core.Projects;

/// <summary>A project in the portfolio: the unit everything else (schedule, cost, quality) hangs on.</summary>
public sealed class Project : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 200;
    public const int LocationMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    /// <summary>The largest amount a decimal(18,2) column holds, far above any single contract.</summary>
    public const decimal MaxContractAmount = 9_999_999_999_999_999.99m;

    private Project()
    {
        Code = Name = Location = Currency = Description = SearchText = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public ProjectType Type { get; private set; }

    public string Location { get; private set; }

    public Guid OwnerOrganisationId { get; private set; }

    public decimal ContractAmount { get; private set; }

    /// <summary>ISO 4217 code, upper case; CNY on Chinese projects.</summary>
    public string Currency { get; private set; }

    public DateOnly PlannedStart { get; private set; }

    /// <summary>Last planned working day, inclusive, as written in the contract (合同竣工日期).</summary>
    public DateOnly PlannedFinish { get; private set; }

    public ProjectStatus Status { get; private set; }

    public string Description { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Lower-invariant code, name and location, so search is case-insensitive on both databases.</summary>
    public string SearchText { get; private set; }

    public int Version { get; set; }

    Guid IProjectScoped.ProjectId => Id;

    public static Project Create(ProjectInput input, DateTime now)
    {
        var project = new Project { Id = Guid.CreateVersion7(), CreatedAt = now };
        project.Apply(input);
        return project;
    }

    public void Update(ProjectInput input)
    {
        EnsureNotArchived();
        Apply(input);
    }

    public void Archive()
    {
        IsArchived = true;
    }

    public void Restore()
    {
        IsArchived = false;
    }

    private void EnsureNotArchived()
    {
        if (IsArchived)
        {
            throw ValidationFailedException.For("isArchived",
                Localization.Text.Get("ArchivedReadOnly", Localization.Text.Get("Entity_Project")));
        }
    }

    private void Apply(ProjectInput input)
    {
        var v = new Validation();
        var code = v.Code("code", input.Code, CodeMaxLength);
        var name = v.Trimmed("name", input.Name, NameMaxLength);
        var type = v.Enum("type", input.Type);
        var location = v.Trimmed("location", input.Location, LocationMaxLength, required: false);
        var owner = v.Required("ownerOrganisationId", input.OwnerOrganisationId);
        var amount = v.Required("contractAmount", input.ContractAmount);
        if (amount < 0)
        {
            v.Add("contractAmount", "Negative");
        }
        else if (amount > MaxContractAmount || decimal.Round(amount, 2) != amount)
        {
            // More than two decimals is a typing error in a contract amount, not a precision need.
            v.Add("contractAmount", amount > MaxContractAmount ? "TooLarge" : "NotAllowedValue");
        }

        var currency = v.Trimmed("currency", input.Currency ?? "CNY", 3).ToUpperInvariant();
        if (currency.Length is > 0 and <= 3 && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            v.Add("currency", "CurrencyFormat");
        }

        var start = v.Required("plannedStart", input.PlannedStart);
        var finish = v.Required("plannedFinish", input.PlannedFinish);
        if (input.PlannedStart is not null && input.PlannedFinish is not null && finish < start)
        {
            v.Add("plannedFinish", "FinishBeforeStart", Validation.Label("plannedStart"));
        }

        var status = v.Enum<ProjectStatus>("status", input.Status ?? ProjectStatus.Planned);
        var description = v.Trimmed("description", input.Description, DescriptionMaxLength, required: false);
        v.ThrowIfAny();

        Code = code;
        Name = name;
        Type = type;
        Location = location;
        OwnerOrganisationId = owner;
        ContractAmount = amount;
        Currency = currency;
        PlannedStart = start;
        PlannedFinish = finish;
        Status = status;
        Description = description;
        SearchText = string.Join('\n', code, name, location).ToLower(CultureInfo.InvariantCulture);
    }
}
