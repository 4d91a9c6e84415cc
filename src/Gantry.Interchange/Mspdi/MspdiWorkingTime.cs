namespace Gantry.Interchange.Mspdi;

/// <summary>
/// A working period of a day in minutes after midnight, end exclusive. MS Project writes a
/// period that runs to midnight as <c>ToTime 00:00:00</c>; it is read as 1440.
/// </summary>
public readonly record struct MspdiWorkingTime(int FromMinute, int ToMinute);
