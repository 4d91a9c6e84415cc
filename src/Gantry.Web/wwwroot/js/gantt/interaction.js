// Pointer, keyboard and wheel: selection, dragging a bar (moved), dragging its finish (resized),
// dragging from just beyond a bar's end onto another bar (link-created), hover tooltips and
// ctrl+wheel zoom. The chart never changes its own data on a drop: it raises the event and the
// page answers with update() once the engine has rescheduled.
import { THEME } from './theme.js';
import { formatIso, formatShort } from './dates.js';
import { barRect } from './bar-painter.js';
import { linkTypeFromEnds } from './link-router.js';

const DRAG_THRESHOLD = 3;

export class Interaction {
    constructor(gantt) {
        this.g = gantt;
        this.drag = null;
        this.hover = null;
        this.anchorRow = -1;
        const s = gantt.scroller;
        s.addEventListener('pointerdown', e => this.#down(e));
        s.addEventListener('pointermove', e => this.#move(e));
        s.addEventListener('pointerup', e => this.#up(e));
        s.addEventListener('pointerleave', () => { this.hover = null; this.g.tooltip.hidden = true; this.paintOverlay(); });
        s.addEventListener('wheel', e => this.#wheel(e), { passive: false });
        gantt.gridBody.addEventListener('pointerdown', e => this.#gridDown(e));
        gantt.gridBody.addEventListener('dblclick', e => this.#gridDouble(e));
        gantt.gridBody.addEventListener('wheel', e => this.#gridWheel(e), { passive: false });
        gantt.gridHead.addEventListener('pointerdown', e => this.#headDown(e));
        gantt.gridHead.addEventListener('pointermove', e => this.#headMove(e));
        gantt.gridHead.addEventListener('pointerup', e => this.#headUp(e));
        gantt.container.addEventListener('keydown', e => this.#key(e));
    }

    #down(e) {
        if (e.button !== 0) return;
        this.g.container.focus({ preventScroll: true });
        const hit = this.g.hitTest(e.clientX, e.clientY);
        if (!hit) return;
        const a = hit.kind === 'activity' ? this.g.model.activities.get(hit.id) : null;
        let mode = null;
        if (a && (hit.part === 'link-start' || hit.part === 'link-finish')) mode = 'link';
        else if (a && hit.part === 'finish') mode = 'resize';
        else if (a && hit.part === 'bar') mode = 'move';
        this.drag = { mode, hit, activity: a, x0: e.clientX, y0: e.clientY, x: e.clientX, y: e.clientY, started: false,
            ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey };
        this.g.scroller.setPointerCapture(e.pointerId);
    }

    #move(e) {
        const d = this.drag;
        if (d) {
            d.x = e.clientX; d.y = e.clientY;
            if (!d.started && Math.abs(d.x - d.x0) + Math.abs(d.y - d.y0) > DRAG_THRESHOLD) d.started = true;
            if (d.started && d.mode) { this.g.tooltip.hidden = true; this.paintOverlay(); }
            return;
        }
        const hit = this.g.hitTest(e.clientX, e.clientY);
        this.hover = hit;
        const part = hit?.part;
        this.g.scroller.style.cursor = part === 'finish' ? 'ew-resize' : part === 'bar' && hit.kind === 'activity' ? 'grab'
            : part?.startsWith('link') && hit.kind === 'activity' ? 'crosshair' : '';
        this.#tooltip(hit, e);
        this.paintOverlay();
    }

    #up(e) {
        const d = this.drag;
        this.drag = null;
        if (!d) return;
        this.g.scroller.releasePointerCapture(e.pointerId);
        if (!d.started) { this.#click(d); return; }
        const scale = this.g.scale;
        const a = d.activity;
        if (d.mode === 'move') {
            const start = this.#dragged(a.start, d);
            this.g.emit('gantt:bar-moved', { id: a.id, start: formatIso(start), finish: formatIso(start + (a.finish - a.start)) });
        } else if (d.mode === 'resize') {
            this.g.emit('gantt:bar-resized', { id: a.id, finish: formatIso(this.#resizedFinish(a, d)) });
        } else if (d.mode === 'link') {
            const target = this.g.hitTest(e.clientX, e.clientY);
            if (target && target.kind === 'activity' && target.id !== a.id && target.part !== 'row') {
                const rect = barRect(scale, this.g.model.rows[target.row], target.row);
                const x = scale.x(target.time);
                const toEnd = target.part === 'link-start' ? 'start' : target.part === 'link-finish' || target.part === 'finish' ? 'finish'
                    : x < (rect.x0 + rect.x1) / 2 ? 'start' : 'finish';
                const fromEnd = d.hit.part === 'link-start' ? 'start' : 'finish';
                this.g.emit('gantt:link-created', { predecessorId: a.id, successorId: target.id, type: linkTypeFromEnds(fromEnd, toEnd) });
            }
        }
        this.paintOverlay();
    }

    /** The dragged distance snaps, not the date: a bar that starts at 08:00 still starts at 08:00. */
    #dragged(t, d) { return t + this.g.scale.snap((d.x - d.x0) / this.g.scale.pxPerMs); }

    #resizedFinish(a, d) { return Math.max(this.#dragged(a.finish, d), a.start + this.g.scale.step); }

    #click(d) {
        const hit = d.hit;
        if (hit.kind === 'wbs') { this.g.toggleWbs(hit.id); return; }
        this.#selectRow(hit.row, d.ctrl, d.shift);
    }

    #gridDown(e) {
        this.g.container.focus({ preventScroll: true });
        const cell = this.g.cellAt(e.clientX, e.clientY);
        if (!cell) return;
        if (cell.kind === 'wbs') { this.g.toggleWbs(cell.id); return; }
        // The clicked cell becomes the table's active cell, which the keyboard then moves and edits.
        if (cell.key) this.g.activeCell = { id: cell.id, key: cell.key };
        this.#selectRow(cell.row, e.ctrlKey || e.metaKey, e.shiftKey);
    }

    #gridDouble(e) {
        const cell = this.g.cellAt(e.clientX, e.clientY);
        if (cell && cell.kind === 'activity' && cell.key) this.g.emit('gantt:cell-edit', { id: cell.id, key: cell.key });
    }

    /** The wheel scrolls the rows; with shift (or a sideways wheel) it scrolls the table's columns. */
    #gridWheel(e) {
        e.preventDefault();
        const sideways = e.shiftKey ? e.deltaY : e.deltaX;
        if (sideways && !this.g.gridScroll.hidden) this.g.gridScroll.scrollLeft += sideways;
        if (!e.shiftKey) this.g.scroller.scrollTop += e.deltaY;
    }

    /** The header column under x, and whether x is on its right border (the resize grip). */
    #headAt(e) {
        let x = e.clientX - this.g.gridHead.getBoundingClientRect().left + this.g.gridLeft;
        for (const c of this.g.columns) {
            if (x < c.width - 4) return { column: c, border: false };
            if (x <= c.width + 3) return { column: c, border: true };
            x -= c.width;
        }
        return null;
    }

    #headDown(e) {
        const at = this.#headAt(e);
        if (!at || e.button !== 0) return;
        this.headDrag = { column: at.column, border: at.border, x0: e.clientX, width0: at.column.width };
        this.g.gridHead.setPointerCapture(e.pointerId);
    }

    #headMove(e) {
        const d = this.headDrag;
        if (!d) {
            this.g.gridHead.style.cursor = this.#headAt(e)?.border ? 'col-resize' : 'pointer';
            return;
        }
        if (!d.border) return;
        d.column.width = Math.max(24, Math.round(d.width0 + e.clientX - d.x0));
        this.g.setColumns(this.g.columns);
    }

    /** A click on a header sorts by it; a drag of its right border changes its width. */
    #headUp(e) {
        const d = this.headDrag;
        this.headDrag = null;
        if (!d) return;
        this.g.gridHead.releasePointerCapture(e.pointerId);
        if (d.border) this.g.emit('gantt:column-resized', { key: d.column.key, width: d.column.width });
        else if (Math.abs(e.clientX - d.x0) < DRAG_THRESHOLD) this.g.emit('gantt:header-click', { key: d.column.key });
    }

    /** Click selects one row; ctrl toggles a row; shift selects the range from the last click. */
    #selectRow(row, ctrl, shift) {
        const rows = this.g.model.rows;
        const id = rows[row].item.id;
        let ids;
        if (shift && this.anchorRow >= 0) {
            ids = [];
            const [lo, hi] = this.anchorRow < row ? [this.anchorRow, row] : [row, this.anchorRow];
            for (let i = lo; i <= hi; i++) if (rows[i].kind === 'activity') ids.push(rows[i].item.id);
        } else if (ctrl) {
            ids = new Set(this.g.selection);
            if (ids.has(id)) ids.delete(id); else ids.add(id);
            this.anchorRow = row;
        } else {
            ids = [id];
            this.anchorRow = row;
        }
        this.g.select(ids);
    }

    #key(e) {
        if (e.target !== this.g.container) return;
        if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && this.g.activeCell) {
            e.preventDefault();
            const cols = this.g.columns;
            const i = cols.findIndex(c => c.key === this.g.activeCell.key) + (e.key === 'ArrowRight' ? 1 : -1);
            if (i >= 0 && i < cols.length) this.g.setActiveCell(this.g.activeCell.id, cols[i].key);
            return;
        }
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const rows = this.g.model.rows;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        let row = this.anchorRow < 0 ? (step > 0 ? -1 : rows.length) : this.anchorRow;
        do { row += step; } while (row >= 0 && row < rows.length && rows[row].kind !== 'activity');
        if (row < 0 || row >= rows.length) return;
        this.anchorRow = row;
        if (this.g.activeCell) this.g.activeCell = { id: rows[row].item.id, key: this.g.activeCell.key };
        const s = this.g.scroller, rh = THEME.rowHeight;
        if (row * rh < s.scrollTop) s.scrollTop = row * rh;
        else if ((row + 1) * rh > s.scrollTop + s.clientHeight) s.scrollTop = (row + 1) * rh - s.clientHeight;
        this.g.select([rows[row].item.id]);
    }

    #wheel(e) {
        if (!e.ctrlKey) return;
        e.preventDefault();
        const x = e.clientX - this.g.body.getBoundingClientRect().left;
        this.g.zoomBy(e.deltaY > 0 ? 1 : -1, this.g.scale.time(x + this.g.scroller.scrollLeft), x);
    }

    #tooltip(hit, e) {
        const tip = this.g.tooltip;
        if (!hit || hit.part === 'row') { tip.hidden = true; return; }
        const it = hit.kind === 'activity' ? this.g.model.activities.get(hit.id) : this.g.model.wbs.get(hit.id);
        const t = this.g.text, perDay = this.g.minutesPerDay, withTime = true;
        const lines = [[`${it.code} ${it.name}`, ''], [t.start, formatShort(it.start, withTime)], [t.finish, formatShort(it.finish, withTime)]];
        if (hit.kind === 'activity') {
            if (it.durationMinutes !== null) lines.push([t.duration, `${+(it.durationMinutes / perDay).toFixed(2)}${t.days}`]);
            if (it.totalFloatMinutes !== null) lines.push([t.totalFloat, `${+(it.totalFloatMinutes / perDay).toFixed(2)}${t.days}`]);
            if (it.freeFloatMinutes !== null) lines.push([t.freeFloat, `${+(it.freeFloatMinutes / perDay).toFixed(2)}${t.days}`]);
            if (it.baselineStart !== null) lines.push([t.baseline, `${formatShort(it.baselineStart)} – ${formatShort(it.baselineFinish)}`]);
            if (it.percentComplete > 0) lines.push([t.percentComplete, `${it.percentComplete}%`]);
        }
        tip.replaceChildren(...lines.map(([k, v]) => {
            const row = document.createElement('div');
            if (v === '') { row.className = 'gg-tip-title'; row.textContent = k; } else {
                const key = document.createElement('span'); key.textContent = k;
                const val = document.createElement('span'); val.textContent = v;
                row.append(key, val);
            }
            return row;
        }));
        const c = this.g.container.getBoundingClientRect();
        tip.style.left = `${Math.min(e.clientX - c.left + 14, c.width - 240)}px`;
        tip.style.top = `${e.clientY - c.top + 16}px`;
        tip.hidden = false;
    }

    /** Drag previews and link handles on the overlay canvas; the bars underneath stay as painted. */
    paintOverlay() {
        const g = this.g, s = g.scroller, canvas = g.overlay;
        const ctx = canvas.getContext('2d');
        const dpr = window.devicePixelRatio || 1;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.clearRect(0, 0, s.clientWidth, s.clientHeight);
        const body = g.body.getBoundingClientRect();
        ctx.translate(-s.scrollLeft, -s.scrollTop);
        const C = THEME.colors;
        const d = this.drag;
        if (d && d.started && d.mode) {
            const a = d.activity, scale = g.scale;
            const rect = barRect(scale, g.model.rows[d.hit.row], d.hit.row);
            ctx.strokeStyle = C.preview;
            ctx.fillStyle = C.preview;
            ctx.lineWidth = 2;
            if (d.mode === 'move' || d.mode === 'resize') {
                const start = d.mode === 'move' ? this.#dragged(a.start, d) : a.start;
                const finish = d.mode === 'move' ? start + (a.finish - a.start) : this.#resizedFinish(a, d);
                ctx.strokeRect(scale.x(start), rect.y0, Math.max(2, scale.x(finish) - scale.x(start)), rect.y1 - rect.y0);
            } else {
                const sx = d.hit.part === 'link-start' ? rect.x0 : rect.x1;
                ctx.setLineDash([4, 3]);
                ctx.beginPath();
                ctx.moveTo(sx, (rect.y0 + rect.y1) / 2);
                ctx.lineTo(d.x - body.left + s.scrollLeft, d.y - body.top + s.scrollTop);
                ctx.stroke();
                ctx.setLineDash([]);
            }
            return;
        }
        const h = this.hover;
        if (h && h.kind === 'activity' && h.part !== 'row') {
            const rect = barRect(g.scale, g.model.rows[h.row], h.row);
            const cy = (rect.y0 + rect.y1) / 2;
            ctx.fillStyle = C.preview;
            for (const x of [rect.x0 - THEME.linkHandle / 2, rect.x1 + THEME.linkHandle / 2]) {
                ctx.beginPath(); ctx.arc(x, cy, 3.5, 0, Math.PI * 2); ctx.fill();
            }
        }
    }
}
