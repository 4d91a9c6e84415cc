// Wall-clock dates of the schedule payload. The engine works in unzoned local project time, so we
// hold every instant as milliseconds of a UTC clock: no daylight-saving jump can ever shift a bar.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses `yyyy-MM-ddTHH:mm:ss` (seconds, or the whole time, optional); null/undefined stay null.
 * Read digit by digit rather than by regular expression: a 10,000-activity payload has 100,000 dates.
 */
export function parseDate(text, where) {
    if (text === null || text === undefined || text === '') return null;
    const bad = () => new Error(`${where}: '${text}' is not a date of the form yyyy-MM-ddTHH:mm:ss`);
    if (typeof text !== 'string' || (text.length !== 10 && text.length !== 16 && text.length !== 19)) throw bad();
    const num = (from, count) => {
        let v = 0;
        for (let i = from; i < from + count; i++) {
            const c = text.charCodeAt(i) - 48;
            if (c < 0 || c > 9) throw bad();
            v = v * 10 + c;
        }
        return v;
    };
    if (text[4] !== '-' || text[7] !== '-' || (text.length > 10 && (text[10] !== 'T' || text[13] !== ':'))
        || (text.length === 19 && text[16] !== ':')) throw bad();
    const y = num(0, 4), m = num(5, 2), d = num(8, 2);
    const h = text.length > 10 ? num(11, 2) : 0, min = text.length > 10 ? num(14, 2) : 0, s = text.length === 19 ? num(17, 2) : 0;
    const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
    if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0) || h > 23 || min > 59 || s > 59) {
        throw new Error(`${where}: '${text}' is not a valid calendar date`);
    }
    return Date.UTC(y, m - 1, d, h, min, s);
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
