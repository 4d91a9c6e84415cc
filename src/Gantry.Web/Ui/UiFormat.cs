using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Ui;

/// <summary>How dates, amounts and enum values are shown on every page, so the pages agree.</summary>
public static class UiFormat
{
    /// <summary>ISO dates in both languages: planners read 2026-03-01 the same way in Beijing and in London.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string DateTime(DateTime? utc) =>
        utc?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Group separators follow the reader's culture; the currency code stays explicit because projects mix currencies.</summary>
    public static string Money(decimal amount, string currency) =>
        amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency;

    /// <summary>The localized name of an enum value, from the key Enum.{Type}.{Value}.</summary>
    public static string EnumText<TEnum>(IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"Enum.{typeof(TEnum).Name}.{value}"];
}
