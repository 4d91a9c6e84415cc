namespace Gantry.Interchange.Xer;

/// <summary>A CURRTYPE row: a currency and its exchange rate against the base currency.</summary>
public sealed record XerCurrency
{
    public required long Id { get; init; }
    public required string ShortName { get; init; }
    public required string Symbol { get; init; }
    public int DecimalDigits { get; init; }
    public decimal ExchangeRate { get; init; }
    public required XerRow Row { get; init; }

    internal static XerCurrency From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "curr_id"),
        ShortName = f.Text(row, "curr_short_name"),
        Symbol = f.Text(row, "curr_symbol"),
        DecimalDigits = (int)Math.Clamp(f.Number(row, "decimal_digit_cnt"), 0, 28),
        ExchangeRate = f.Number(row, "base_exch_rate"),
        Row = row,
    };
}
