using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Projects;

namespace Gantry.Core.Costs;

/// <summary>Field rules shared by every money record: amounts, VAT rates, percentages and dates.</summary>
public static class MoneyValidation
{
    /// <summary>Money is kept to the fen (two decimals), like every Chinese invoice.</summary>
    public static decimal Amount(this Validation v, string field, decimal? value, bool allowNegative = false)
    {
        var amount = v.Required(field, value);
        if (value is null)
        {
            return 0m;
        }

        if (amount < 0 && !allowNegative)
        {
            v.Add(field, "Negative");
        }
        else if (Math.Abs(amount) > Project.MaxContractAmount)
        {
            v.Add(field, "TooLarge");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            v.Add(field, "TooManyDecimals", "2");
        }

        return amount;
    }

    /// <summary>A fraction between 0 and 1 with at most four decimals (VAT 0.09, retention 0.03).</summary>
    public static decimal Fraction(this Validation v, string field, decimal? value, decimal fallback)
    {
        var rate = value ?? fallback;
        if (rate is < 0 or > 1 || decimal.Round(rate, 4) != rate)
        {
            v.Add(field, "FractionRange");
        }

        return rate;
    }

    /// <summary>A quantity (hours, days, headcount) above zero with at most four decimals.</summary>
    public static decimal Quantity(this Validation v, string field, decimal? value)
    {
        var quantity = v.Required(field, value);
        if (value is null)
        {
            return 0m;
        }

        if (quantity <= 0)
        {
            v.Add(field, "MustBePositive");
        }
        else if (quantity > 1_000_000m)
        {
            v.Add(field, "TooLarge");
        }
        else if (decimal.Round(quantity, 4) != quantity)
        {
            v.Add(field, "TooManyDecimals", "4");
        }

        return quantity;
    }

    /// <summary>Money records are dated inside the project's planned start and finish.</summary>
    public static DateOnly DateInProject(this Validation v, string field, DateOnly? value, Project project)
    {
        var date = v.Required(field, value);
        if (value is not null && (date < project.PlannedStart || date > project.PlannedFinish))
        {
            v.Add(field, "OutsideProject", project.PlannedStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                project.PlannedFinish.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return date;
    }

    /// <summary>The amount without VAT, which is what the cost report adds up (input VAT is recovered, not a cost).</summary>
    public static decimal NetOfVat(decimal gross, decimal vatRate) => decimal.Round(gross / (1 + vatRate), 2, MidpointRounding.AwayFromZero);
}
