namespace Gantry.Interchange.Xer;

/// <summary>
/// A CALENDAR row. Hours per day/week/month convert durations shown in days; the working time
/// itself is in <see cref="Data"/>. A calendar may inherit from a base calendar.
/// </summary>
public sealed record XerCalendar
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public long? ProjectId { get; init; }
    public long? BaseCalendarId { get; init; }

    /// <summary>CA_Base (global), CA_Project, CA_Rsrc.</summary>
    public required string Type { get; init; }
    public bool IsDefault { get; init; }
    public decimal HoursPerDay { get; init; }
    public decimal HoursPerWeek { get; init; }
    public decimal HoursPerMonth { get; init; }
    public decimal HoursPerYear { get; init; }
    public required P6CalendarData Data { get; init; }
    public required XerRow Row { get; init; }

    internal static XerCalendar From(XerRow row, XerFields f)
    {
        P6CalendarData data;
        try
        {
            data = P6CalendarData.Parse(f.Text(row, "clndr_data"));
        }
        catch (FormatException ex)
        {
            throw f.Error(row, "clndr_data", ex.Message);
        }

        return new XerCalendar
        {
            Id = f.Id(row, "clndr_id"),
            Name = f.Text(row, "clndr_name"),
            ProjectId = f.OptionalId(row, "proj_id"),
            BaseCalendarId = f.OptionalId(row, "base_clndr_id"),
            Type = f.Text(row, "clndr_type"),
            IsDefault = f.Flag(row, "default_flag"),
            HoursPerDay = f.Number(row, "day_hr_cnt"),
            HoursPerWeek = f.Number(row, "week_hr_cnt"),
            HoursPerMonth = f.Number(row, "month_hr_cnt"),
            HoursPerYear = f.Number(row, "year_hr_cnt"),
            Data = data,
            Row = row,
        };
    }
}
