namespace Gantry.Scheduling.Calendars;

/// <summary>One date of the statutory holiday table, with the festival it belongs to in Chinese and English.</summary>
public sealed record ChinaHolidayDay(DateOnly Date, ChinaHolidayKind Kind, string FestivalChinese, string FestivalEnglish);
