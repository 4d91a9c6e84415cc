// GantryGantt: the schedule page's Gantt chart. A frozen activity grid on the left, the bars on
// the right, both painted on canvas for the visible rows and time window only (10,000 activities
// scroll like 40). A transparent scroller on top gives native scrollbars and receives the pointer;
// an overlay canvas shows drag previews without repainting the bars.
import { DAY, formatIso, nowAsWallClock, parseDate, startOfMonth, addMonths } from './dates.js';
import { TimeScale, ZOOM_ORDER } from './time-scale.js';
import { RowModel, toActivity } from './row-model.js';
import { WorkCalendar } from './work-calendar.js';
import { THEME } from './theme.js';
import { texts } from './text.js';
import { GRID_COLUMNS, columnLeft, columnsWidth, paintGridHeader, paintGridRows } from './grid-painter.js';
import { paintTimeHeader } from './header-painter.js';
import { paintChart } from './chart-painter.js';
import { barColor, barRect } from './bar-painter.js';
import { LINK_TYPES } from './link-router.js';
import { Interaction } from './interaction.js';
import { exportPng } from './export.js';
import { installPrint, preparePrint } from './print.js';

class Gantt {
    constructor(container, options = {}) {
        if (!(container instanceof HTMLElement)) throw new Error('GantryGantt.create: container must be an element');
        this.container = container;
        this.options = options;
        this.locale = options.locale ?? document.documentElement.lang ?? 'en';
        this.text = texts(this.locale, options.text);
        this.zoom = options.zoom ?? 'day';
        if (!ZOOM_ORDER.includes(this.zoom)) throw new Error(`options.zoom '${this.zoom}' is not one of ${ZOOM_ORDER.join(', ')}`);
        this.selection = new Set();
        this.moved = new Map();
        this.columns = GRID_COLUMNS.map(c => ({ ...c }));   // a header drag changes a width: never the shared defaults
        this.gridLeft = 0;          // the grid's own horizontal scroll, when its columns are wider than its share
        this.sort = null;           // { key, descending, compare } of the activity table, or null for sortOrder
        this.activeCell = null;     // { id, key }: the table cell the keyboard acts on
        this.stats = { draws: 0, rowsPainted: 0, barsPainted: 0, linksPainted: 0, lastDrawMs: 0, modelMs: 0 };
        this.#buildDom();
        if (options.columns) this.setColumns(options.columns, false);
        this.setData({ activities: [], wbs: [], links: [] });
        this.interaction = new Interaction(this);
        this.removePrint = installPrint(this);
        new ResizeObserver(() => { this.#layoutGrid(); this.draw(); }).observe(this.container);
    }

    #buildDom() {
        const el = (tag, cls, parent) => { const e = document.createElement(tag); e.className = cls; parent.appendChild(e); return e; };
        const c = this.container;
        c.classList.add('gantry-gantt');
        if (!c.hasAttribute('tabindex')) c.tabIndex = 0;
        const grid = el('div', 'gg-grid', c);
        this.grid = grid;
        grid.style.width = `${columnsWidth(this.columns)}px`;
        this.gridHead = el('canvas', 'gg-grid-head', grid);
        this.gridBody = el('canvas', 'gg-grid-body', grid);
        this.gridScroll = el('div', 'gg-grid-hscroll', grid);
        this.gridSizer = el('div', 'gg-sizer', this.gridScroll);
        this.gridScroll.hidden = true;
        this.gridScroll.addEventListener('scroll', () => { this.gridLeft = this.gridScroll.scrollLeft; this.invalidate(); }, { passive: true });
        const chart = el('div', 'gg-chart', c);
        this.chartHead = el('canvas', 'gg-chart-head', chart);
        this.body = el('div', 'gg-chart-body', chart);
        this.mainLayer = el('canvas', 'gg-layer-main', this.body);
        this.overlay = el('canvas', 'gg-layer-overlay', this.body);
        this.scroller = el('div', 'gg-scroller', this.body);
        this.sizer = el('div', 'gg-sizer', this.scroller);
        this.tooltip = el('div', 'gg-tooltip', c);
        this.tooltip.hidden = true;
        this.scroller.addEventListener('scroll', () => this.invalidate(), { passive: true });
    }

    /** Replaces the whole schedule (the payload of GET /api/v1/projects/{id}/schedule). With
     *  `{ keepView: true }` the scroll position and the selection stay (a reload after an edit). */
    setData(payload, { keepView = false } = {}) {
        if (!payload || typeof payload !== 'object') throw new Error('setData: the payload must be an object');
        const t0 = performance.now();
        const model = new RowModel(payload);
        const ids = model.activities;
        const links = (payload.links ?? []).map((l, i) => {
            if (!LINK_TYPES.includes(l.type)) throw new Error(`links[${i}]: type '${l.type}' is not one of ${LINK_TYPES.join(', ')}`);
            if (!ids.has(l.predecessorId)) throw new Error(`links[${i}]: predecessorId ${l.predecessorId} is not an activity of the payload`);
            if (!ids.has(l.successorId)) throw new Error(`links[${i}]: successorId ${l.successorId} is not an activity of the payload`);
            return { id: l.id, predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, driving: l.driving === true };
        });
        this.calendar = new WorkCalendar(payload.calendar);
        this.model = model;
        this.links = links;
        this.payload = payload;
        this.minutesPerDay = payload.minutesPerDay ?? 480;
        this.dataDate = parseDate(payload.dataDate, 'dataDate');
        this.today = this.options.today === null ? null : (parseDate(this.options.today, 'options.today') ?? nowAsWallClock());
        const view = { top: this.scroller.scrollTop, left: this.scroller.scrollLeft, selection: [...this.selection] };
        if (this.sort) { model.sortActivities(this.sort.compare); model.rebuildRows(); }
        this.selection = keepView ? new Set(view.selection.filter(id => model.activities.has(id))) : new Set();
        if (this.activeCell && !model.activities.has(this.activeCell.id)) this.activeCell = null;
        this.moved.clear();
        if (this.interaction) this.interaction.anchorRow = -1;
        this.#computeRange();
        this.#rescale(null);
        // Open where the work is: the data date, or the first bar when there is none.
        const first = this.model.rows.find(r => r.item.start !== null)?.item.start ?? this.rangeStart;
        this.scroller.scrollTop = keepView ? view.top : 0;
        this.scroller.scrollLeft = keepView ? view.left : Math.max(0, this.scale.x(this.dataDate ?? first) - 60);
        this.stats.modelMs = performance.now() - t0;
        this.draw();
    }

    /** Applies the moved activities an edit answered with and repaints only what is on screen. */
    update(movedActivities) {
        for (const [i, m] of (movedActivities ?? []).entries()) {
            const a = this.model.activities.get(m.id);
            if (!a) throw new Error(`update: moved[${i}] id ${m.id} is not an activity of the chart`);
            const merged = { ...a, remainingDurationMinutes: a.durationMinutes, ...pickDefined(m),
                start: m.start ?? m.newStart ?? formatIso(a.start), finish: m.finish ?? m.newFinish ?? formatIso(a.finish) };
            for (const f of ['earlyStart', 'earlyFinish', 'lateStart', 'lateFinish', 'actualStart', 'actualFinish', 'baselineStart', 'baselineFinish']) {
                if (typeof merged[f] === 'number') merged[f] = formatIso(merged[f]);
            }
            const next = toActivity(merged, i);
            if (!this.moved.has(a.id)) this.moved.set(a.id, { start: a.start, finish: a.finish });
            Object.assign(a, next);
        }
        this.model.computeSummaries();
        this.draw();
    }

    /** Outlines the old position of bars an edit moved and tints their grid rows, after a setData
     *  of the rescheduled document: items { id, oldStart, oldFinish } as the API answers. */
    markMoved(moved) {
        for (const m of moved ?? []) {
            if (!this.model.activities.has(m.id) || this.moved.has(m.id)) continue;
            this.moved.set(m.id, { start: parseDate(m.oldStart, 'oldStart'), finish: parseDate(m.oldFinish, 'oldFinish') });
        }
        this.draw();
    }

    /** The table's columns (see grid-painter.js); the grid takes their width up to its share of the chart. */
    setColumns(columns, redraw = true) {
        if (!Array.isArray(columns) || columns.length === 0) throw new Error('setColumns: columns must be a non-empty array');
        columns.forEach((c, i) => {
            if (!c || typeof c.key !== 'string' || typeof c.value !== 'function') throw new Error(`columns[${i}]: key and value() are required`);
            if (!(c.width >= 16)) throw new Error(`columns[${i}] (${c.key}): width must be at least 16 px`);
        });
        this.columns = columns;
        this.#layoutGrid();
        if (redraw) this.draw();
    }

    /** Sorts the activities within their WBS node: `compare(a, b)` on renderer activities, or null for sortOrder. */
    setSort(sort) {
        this.sort = sort;
        this.model.sortActivities(sort ? sort.compare : null);
        this.model.rebuildRows();
        this.draw();
    }

    setActiveCell(id, key, scroll = true) {
        this.activeCell = id === null ? null : { id, key };
        if (scroll && id !== null) this.#scrollCellIntoView(id, key);
        this.draw();
    }

    /** The table cell under a client point: { row, id, kind, key }, or null outside the rows. */
    cellAt(clientX, clientY) {
        const r = this.gridBody.getBoundingClientRect();
        const row = Math.floor((clientY - r.top + this.scroller.scrollTop) / THEME.rowHeight);
        const it = this.model.rows[row];
        if (!it) return null;
        let x = clientX - r.left + this.gridLeft;
        let key = null;
        for (const c of this.columns) { if (x < c.width) { key = c.key; break; } x -= c.width; }
        return { row, id: it.item.id, kind: it.kind, key };
    }

    /** A table cell in client pixels, or null when its row is hidden or the column not shown. */
    cellBox(id, key) {
        const row = this.model.rowOfActivity.get(id);
        const left = columnLeft(this.columns, key);
        if (row === undefined || left < 0) return null;
        const r = this.gridBody.getBoundingClientRect();
        const top = r.top + row * THEME.rowHeight - this.scroller.scrollTop;
        const x = r.left + left - this.gridLeft;
        const width = this.columns.find(c => c.key === key).width;
        return { left: x, top, width, height: THEME.rowHeight, right: x + width, bottom: top + THEME.rowHeight };
    }

    #scrollCellIntoView(id, key) {
        const row = this.model.reveal(id);
        if (row < 0) return;
        this.#resizeSizer();
        const s = this.scroller, rh = THEME.rowHeight;
        if (row * rh < s.scrollTop) s.scrollTop = row * rh;
        else if ((row + 1) * rh > s.scrollTop + s.clientHeight) s.scrollTop = (row + 1) * rh - s.clientHeight;
        const left = columnLeft(this.columns, key);
        const view = this.grid.clientWidth;
        if (left >= 0) {
            const width = this.columns.find(c => c.key === key).width;
            if (left < this.gridLeft) this.gridScroll.scrollLeft = this.gridLeft = left;
            else if (left + width > this.gridLeft + view) this.gridScroll.scrollLeft = this.gridLeft = left + width - view;
        }
    }

    /** The grid is as wide as its columns, but leaves the bars at least 45 % of the chart. */
    #layoutGrid() {
        const total = columnsWidth(this.columns);
        const room = this.container.clientWidth > 0 ? Math.max(240, Math.floor(this.container.clientWidth * 0.55)) : total;
        const width = Math.min(total, room);
        this.grid.style.width = `${width}px`;
        this.gridSizer.style.width = `${total}px`;
        this.gridSizer.style.height = '1px';
        this.gridScroll.hidden = total <= width;
        this.gridLeft = Math.min(this.gridLeft, total - width);
        this.gridScroll.scrollLeft = this.gridLeft;
    }

    setZoom(zoom) {
        if (!ZOOM_ORDER.includes(zoom)) throw new Error(`setZoom: '${zoom}' is not one of ${ZOOM_ORDER.join(', ')}`);
        const centre = this.scale.time(this.scroller.scrollLeft + this.scroller.clientWidth / 2);
        this.zoom = zoom;
        this.#rescale(centre);
        this.draw();
    }

    zoomBy(step, anchorTime, anchorX) {
        const i = Math.min(ZOOM_ORDER.length - 1, Math.max(0, ZOOM_ORDER.indexOf(this.zoom) + step));
        if (ZOOM_ORDER[i] === this.zoom) return;
        this.zoom = ZOOM_ORDER[i];
        this.#rescale(null);
        this.scroller.scrollLeft = this.scale.x(anchorTime) - anchorX;
        this.draw();
    }

    scrollToActivity(id) {
        const row = this.model.reveal(id);
        if (row < 0) return false;
        this.#resizeSizer();
        const a = this.model.activities.get(id);
        const s = this.scroller;
        s.scrollTop = Math.max(0, row * THEME.rowHeight - s.clientHeight / 2);
        s.scrollLeft = Math.max(0, this.scale.x(a.start) - 60);
        this.draw();
        return true;
    }

    toggleWbs(id) {
        const w = this.model.wbs.get(id);
        if (!w) return;
        w.collapsed = !w.collapsed;
        this.model.rebuildRows();
        this.#resizeSizer();
        this.draw();
    }

    select(ids, emit = true) {
        this.selection = new Set(ids);
        this.draw();
        if (emit) this.emit('gantt:select', { ids: [...this.selection] });
    }

    exportPng() { return exportPng(this); }

    /** Paints the printed pages now (the browser's beforeprint does it too); returns the page count. */
    preparePrint() { return preparePrint(this); }

    emit(name, detail) { this.container.dispatchEvent(new CustomEvent(name, { detail, bubbles: true })); }

    /** The chart's view of a bar in page (client) pixels, for tests and for the page's own popups. */
    barBox(id) {
        const row = this.model.rowOfActivity.get(id);
        if (row === undefined) return null;
        const r = barRect(this.scale, this.model.rows[row], row);
        const o = this.body.getBoundingClientRect();
        const dx = o.left - this.scroller.scrollLeft, dy = o.top - this.scroller.scrollTop;
        const a = this.model.activities.get(id);
        return { left: r.x0 + dx, right: r.x1 + dx, top: r.y0 + dy, bottom: r.y1 + dy, row, color: barColor(a, 'activity') };
    }

    /** Client x of an instant given as `yyyy-MM-ddTHH:mm:ss`. */
    clientX(iso) {
        return this.scale.x(parseDate(iso, 'clientX')) + this.body.getBoundingClientRect().left - this.scroller.scrollLeft;
    }

    /** What lies under a client point: the activity or WBS row, and which part of its bar. */
    hitTest(clientX, clientY) {
        const o = this.body.getBoundingClientRect();
        const x = clientX - o.left + this.scroller.scrollLeft, y = clientY - o.top + this.scroller.scrollTop;
        const row = Math.floor(y / THEME.rowHeight);
        if (row < 0 || row >= this.model.rows.length) return null;
        const r = this.model.rows[row];
        const rect = barRect(this.scale, r, row);
        const hit = { kind: r.kind, id: r.item.id, row, part: 'row', time: this.scale.time(x) };
        if (!rect || y < rect.y0 - 3 || y > rect.y1 + 3) return hit;
        const h = THEME.handle, lh = THEME.linkHandle;
        if (x >= rect.x1 && x <= rect.x1 + lh) hit.part = 'link-finish';
        else if (x <= rect.x0 && x >= rect.x0 - lh) hit.part = 'link-start';
        else if (x >= rect.x0 && x <= rect.x1) {
            hit.part = !r.item.isMilestone && rect.x1 - rect.x0 > 3 * h && x >= rect.x1 - h ? 'finish' : 'bar';
            hit.color = barColor(r.item, r.kind);
        }
        return hit;
    }

    /** Schedules a repaint for the next animation frame (scrolling); several calls paint once. */
    invalidate() {
        if (this.pending) return;
        this.pending = requestAnimationFrame(() => { this.pending = 0; this.draw(); });
    }

    /** Paints every layer now for the current scroll position. */
    draw() {
        const t0 = performance.now();
        if (this.pending) { cancelAnimationFrame(this.pending); this.pending = 0; }
        const s = this.scroller;
        const w = s.clientWidth, h = s.clientHeight;
        const dpr = window.devicePixelRatio || 1;
        const ctx = fit(this.mainLayer, w, h, dpr);
        const scene = this.scene();
        const stats = paintChart(ctx, scene, { left: s.scrollLeft, top: s.scrollTop, width: w, height: h });
        fit(this.overlay, w, h, dpr);
        this.interaction?.paintOverlay();
        paintTimeHeader(fit(this.chartHead, w, THEME.headerHeight, dpr), this.scale, s.scrollLeft, w);
        const gw = this.grid.clientWidth || columnsWidth(this.columns);
        paintGridHeader(fit(this.gridHead, gw, THEME.headerHeight, dpr), this.text, this.columns, this.gridLeft, this.sort);
        const g = fit(this.gridBody, gw, h, dpr);
        g.fillStyle = THEME.colors.background;
        g.fillRect(0, 0, gw, h);
        const first = Math.floor(s.scrollTop / THEME.rowHeight);
        const last = Math.min(this.model.rows.length - 1, Math.floor((s.scrollTop + h - 1) / THEME.rowHeight));
        if (last >= first) {
            g.save();
            g.translate(-this.gridLeft, -s.scrollTop);
            const cellRow = this.activeCell ? this.model.rowOfActivity.get(this.activeCell.id) : undefined;
            paintGridRows(g, scene, first, last, this.columns, cellRow === undefined ? null : { row: cellRow, key: this.activeCell.key });
            g.restore();
        }
        Object.assign(this.stats, stats, { draws: this.stats.draws + 1, lastDrawMs: performance.now() - t0 });
    }

    scene() {
        return { model: this.model, scale: this.scale, calendar: this.calendar, selection: this.selection, links: this.links,
            dataDate: this.dataDate, today: this.today, moved: this.moved, text: this.text, minutesPerDay: this.minutesPerDay,
            withTime: this.zoom === 'hour' };
    }

    /** The time span the chart can scroll over: all dates of the schedule with a margin. */
    #computeRange() {
        let lo = Infinity, hi = -Infinity;
        const see = t => { if (t !== null && t !== undefined) { if (t < lo) lo = t; if (t > hi) hi = t; } };
        for (const a of this.model.activities.values()) {
            see(a.start); see(a.finish); see(a.lateFinish); see(a.baselineStart); see(a.baselineFinish);
        }
        see(this.dataDate);
        if (lo === Infinity) { lo = this.today ?? nowAsWallClock(); hi = lo + 30 * DAY; }
        this.rangeStart = addMonths(startOfMonth(lo), -1);
        this.rangeEnd = addMonths(startOfMonth(hi), 2);
    }

    #rescale(centreTime) {
        this.scale = new TimeScale(this.zoom, this.rangeStart, this.rangeEnd, this.locale);
        this.#resizeSizer();
        if (centreTime !== null) this.scroller.scrollLeft = this.scale.x(centreTime) - this.scroller.clientWidth / 2;
    }

    #resizeSizer() {
        this.sizer.style.width = `${this.scale.width}px`;
        this.sizer.style.height = `${this.model.rows.length * THEME.rowHeight}px`;
    }
}

/** Sizes a canvas for the device pixel ratio and returns a context drawing in CSS pixels. */
function fit(canvas, w, h, dpr) {
    const pw = Math.max(1, Math.round(w * dpr)), ph = Math.max(1, Math.round(h * dpr));
    if (canvas.width !== pw || canvas.height !== ph) { canvas.width = pw; canvas.height = ph; }
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    return ctx;
}

function pickDefined(o) {
    const out = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined && k !== 'newStart' && k !== 'newFinish' && k !== 'oldStart' && k !== 'oldFinish') out[k] = v;
    return out;
}

export const GantryGantt = { create: (container, options) => new Gantt(container, options) };
window.GantryGantt = GantryGantt;
