// Which time is non-working, for shading at day and hour zoom. The payload may carry the project
// calendar; without one we shade Saturdays and Sundays, the common site week.
import { DAY, MINUTE, parseDate, startOfDay } from './dates.js';

const DEFAULT = { workDays: [1, 2, 3, 4, 5], workHours: [[8 * 60, 12 * 60], [13 * 60, 17 * 60]] };

export class WorkCalendar {
    /**
     * calendar: { workDays: [1..7] (ISO weekday, 1 = Monday), workHours: [["08:00","12:00"], ...],
     * exceptions: [{ date: "2026-10-01", working: false }, ...] } — holidays and make-up days (调休).
     */
    constructor(calendar) {
        const c = calendar ?? DEFAULT;
        const days = c.workDays ?? DEFAULT.workDays;
        this.workDays = new Set(days.map((d, i) => {
            if (!Number.isInteger(d) || d < 1 || d > 7) throw new Error(`calendar.workDays[${i}]: ${d} is not a weekday 1 (Monday) … 7 (Sunday)`);
            return d;
        }));
        this.workHours = (c.workHours ?? DEFAULT.workHours).map((h, i) => {
            const [from, to] = h.map(x => typeof x === 'number' ? x : parseClock(x, `calendar.workHours[${i}]`));
            if (!(from < to)) throw new Error(`calendar.workHours[${i}]: the shift must end after it starts`);
            return [from, to];
        }).sort((a, b) => a[0] - b[0]);
        this.exceptions = new Map();
        (c.exceptions ?? []).forEach((e, i) => {
            const day = parseDate(e.date, `calendar.exceptions[${i}].date`);
            this.exceptions.set(startOfDay(day), e.working === true);
        });
    }

    isWorkingDay(dayStart) {
        const exception = this.exceptions.get(dayStart);
        if (exception !== undefined) return exception;
        const iso = new Date(dayStart).getUTCDay() || 7;
        return this.workDays.has(iso);
    }

    /** Non-working spans [from, to) that touch [from, to); whole days, and off-shift hours if asked. */
    nonWorking(from, to, withHours) {
        const spans = [];
        const push = (a, b) => {
            const last = spans[spans.length - 1];
            if (last && last[1] === a) last[1] = b; else spans.push([a, b]);
        };
        for (let day = startOfDay(from); day < to; day += DAY) {
            if (!this.isWorkingDay(day)) { push(day, day + DAY); continue; }
            if (!withHours) continue;
            let cursor = day;
            for (const [a, b] of this.workHours) {
                if (day + a * MINUTE > cursor) push(cursor, day + a * MINUTE);
                cursor = day + b * MINUTE;
            }
            if (cursor < day + DAY) push(cursor, day + DAY);
        }
        return spans;
    }
}

function parseClock(text, where) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(String(text));
    if (!m || +m[1] > 24 || +m[2] > 59) throw new Error(`${where}: '${text}' is not a time HH:mm`);
    return +m[1] * 60 + +m[2];
}
