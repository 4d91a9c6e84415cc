// Working days between two finishes on an activity's calendar, for a drag of a bar's end: the
// week rules only (through base calendars); holiday exceptions are left to the engine, which
// reschedules from the new duration anyway.

/** Whether a day (a UTC-midnight Date standing for a wall-clock day) is worked in the week rules. */
function worksOn(week, day) {
    const dow = day.getUTCDay();
    return week ? (week[dow] ?? []).length > 0 : dow !== 0 && dow !== 6;
}

/** Signed count of working days from the day of `fromIso` to the day of `toIso` (positive when later). */
export function workingDaysBetween(data, calendarId, fromIso, toIso) {
    const calendars = new Map((data.calendars ?? []).map(c => [c.id, c]));
    let c = calendars.get(calendarId);
    for (let hops = 0; c && !c.rules?.week && hops < 20; hops++) c = calendars.get(c.baseCalendarId);
    const week = c?.rules?.week;
    const from = new Date(`${fromIso.slice(0, 10)}T00:00:00Z`);
    const to = new Date(`${toIso.slice(0, 10)}T00:00:00Z`);
    const step = to > from ? 1 : -1;
    let days = 0;
    for (const d = new Date(from); d.getTime() !== to.getTime(); d.setUTCDate(d.getUTCDate() + step)) {
        const day = step > 0 ? new Date(d.getTime() + 86_400_000) : d;
        if (worksOn(week, day)) days += step;
    }
    return days;
}
