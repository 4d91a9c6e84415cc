// The horizontal axis: which instant sits at which x, and the two-tier scale drawn above the bars.
import { DAY, HOUR, addMonths, startOfDay, startOfMonth, startOfWeek } from './dates.js';

// Pixels per day and the units of the upper and lower tier at each zoom level.
export const ZOOMS = {
    hour: { pxPerDay: 24 * 32, top: 'day', bottom: 'hour' },
    day: { pxPerDay: 32, top: 'month', bottom: 'day' },
    week: { pxPerDay: 10, top: 'month', bottom: 'week' },
    month: { pxPerDay: 3.5, top: 'year', bottom: 'month' },
    quarter: { pxPerDay: 1.2, top: 'year', bottom: 'quarter' },
    year: { pxPerDay: 0.45, top: 'year', bottom: 'half' },
};
export const ZOOM_ORDER = ['hour', 'day', 'week', 'month', 'quarter', 'year'];

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export class TimeScale {
    /** origin and end are the first and last instant the chart can show. */
    constructor(zoom, origin, end, locale) {
        if (!ZOOMS[zoom]) throw new Error(`zoom '${zoom}' is not one of ${ZOOM_ORDER.join(', ')}`);
        this.zoom = zoom;
        this.unitTop = ZOOMS[zoom].top;
        this.unitBottom = ZOOMS[zoom].bottom;
        this.pxPerMs = ZOOMS[zoom].pxPerDay / DAY;
        this.origin = origin;
        this.end = end;
        this.chinese = (locale ?? '').toLowerCase().startsWith('zh');
    }

    get width() { return Math.ceil((this.end - this.origin) * this.pxPerMs); }

    x(t) { return (t - this.origin) * this.pxPerMs; }

    time(x) { return this.origin + x / this.pxPerMs; }

    /** Drags move by whole hours at hour zoom and whole days elsewhere, as planners type days. */
    get step() { return this.zoom === 'hour' ? HOUR : DAY; }

    snap(ms) { return Math.round(ms / this.step) * this.step; }

    /** Instants where units of the given kind begin, covering [from, to). */
    ticks(unit, from, to) {
        const out = [];
        let t = floorTo(unit, from);
        for (let guard = 0; t < to && guard < 100_000; guard++) {
            out.push(t);
            t = next(unit, t);
        }
        out.push(t);
        return out;
    }

    label(unit, t) {
        const d = new Date(t);
        const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
        const zh = this.chinese;
        switch (unit) {
            case 'hour': return String(d.getUTCHours()).padStart(2, '0');
            case 'day': return this.unitTop === 'day'
                ? (zh ? `${y}年${m + 1}月${day}日` : `${day} ${MONTHS_EN[m]} ${y}`)
                : String(day);
            case 'week': return zh ? `${m + 1}月${day}日` : `${day} ${MONTHS_EN[m]}`;
            case 'month': return this.unitTop === 'month'
                ? (zh ? `${y}年${m + 1}月` : `${MONTHS_EN[m]} ${y}`)
                : (zh ? `${m + 1}月` : MONTHS_EN[m]);
            case 'quarter': return zh ? `第${Math.floor(m / 3) + 1}季度` : `Q${Math.floor(m / 3) + 1}`;
            case 'half': return zh ? (m < 6 ? '上半年' : '下半年') : (m < 6 ? 'H1' : 'H2');
            default: return zh ? `${y}年` : String(y);
        }
    }
}

function floorTo(unit, t) {
    switch (unit) {
        case 'hour': return Math.floor(t / HOUR) * HOUR;
        case 'day': return startOfDay(t);
        case 'week': return startOfWeek(t);
        case 'month': return startOfMonth(t);
        case 'quarter': { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3), 1); }
        case 'half': { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() < 6 ? 0 : 6, 1); }
        default: return Date.UTC(new Date(t).getUTCFullYear(), 0, 1);
    }
}

function next(unit, t) {
    switch (unit) {
        case 'hour': return t + HOUR;
        case 'day': return t + DAY;
        case 'week': return t + 7 * DAY;
        case 'month': return addMonths(t, 1);
        case 'quarter': return addMonths(t, 3);
        case 'half': return addMonths(t, 6);
        default: return addMonths(t, 12);
    }
}
