// Wall-clock dates of the schedule payload. The engine works in unzoned local project time, so we
// hold every instant as milliseconds of a UTC clock: no daylight-saving jump can ever shift a bar.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses `yyyy-MM-ddTHH:mm:ss` (seconds and time optional); null/undefined stay null. */
export function parseDate(text, where) {
    if (text === null || text === undefined || text === '') return null;
    const m = typeof text === 'string' ? ISO.exec(text) : null;
    if (!m) throw new Error(`${where}: '${text}' is not a date of the form yyyy-MM-ddTHH:mm:ss`);
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    const d = new Date(t);
    if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3] || +(m[4] ?? 0) > 23 || +(m[5] ?? 0) > 59) {
        throw new Error(`${where}: '${text}' is not a valid calendar date`);
    }
    return t;
}

const pad = n => String(n).padStart(2, '0');

/** The payload's own format, so events can go straight back to the API. */
export function formatIso(t) {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Short date for the grid and tooltip: `2026-03-02` or with the time when it is not midnight. */
export function formatShort(t, withTime) {
    if (t === null) return '';
    const d = new Date(t);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return withTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

/** The browser's current wall clock read as project time (the today line). */
export function nowAsWallClock() {
    const n = new Date();
    return Date.UTC(n.getFullYear(), n.getMonth(), n.getDate(), n.getHours(), n.getMinutes());
}

export function startOfDay(t) { return t - (((t % DAY) + DAY) % DAY); }

/** Monday of the week, as Chinese and P6 week rows start on Monday. */
export function startOfWeek(t) {
    const day = startOfDay(t);
    const weekday = (new Date(day).getUTCDay() + 6) % 7;
    return day - weekday * DAY;
}

export function startOfMonth(t) {
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function addMonths(t, months) {
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}
