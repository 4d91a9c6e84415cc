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
    const n = typeof text === 'string' ? text.length : 0;
    if ((n !== 10 && n !== 16 && n !== 19) || text[4] !== '-' || text[7] !== '-'
        || (n > 10 && (text[10] !== 'T' || text[13] !== ':')) || (n === 19 && text[16] !== ':')) throw notADate(text, where);
    const y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    const h = n > 10 ? digits(text, 11, 2) : 0, min = n > 10 ? digits(text, 14, 2) : 0, s = n === 19 ? digits(text, 17, 2) : 0;
    if (y < 0 || m < 0 || d < 0 || h < 0 || min < 0 || s < 0) throw notADate(text, where);
    const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
    if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0) || h > 23 || min > 59 || s > 59) {
        throw new Error(`${where}: '${text}' is not a valid calendar date`);
    }
    return Date.UTC(y, m - 1, d, h, min, s);
}

/** The number written by count digits from position from, or -1 if any is not a digit. */
function digits(text, from, count) {
    let v = 0;
    for (let i = from; i < from + count; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return -1;
        v = v * 10 + c;
    }
    return v;
}

function notADate(text, where) {
    return new Error(`${where}: '${text}' is not a date of the form yyyy-MM-ddTHH:mm:ss`);
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
