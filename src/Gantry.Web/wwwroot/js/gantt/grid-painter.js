// The frozen activity grid left of the bars. Painted on canvas like the bars so 10,000 rows cost
// no more DOM than 40. Its columns are data: the built-in six below, or the page's own set
// (setColumns), each { key, title?, width, right?, value(item, row, scene), color?(item, row) }.
import { THEME } from './theme.js';
import { formatShort } from './dates.js';

const C = THEME.colors;
const INDENT = 12;

function days(minutes, perDay, text) {
    const d = minutes / (perDay || 480);
    return `${Number.isInteger(d) ? d : d.toFixed(1)}${text.days}`;
}

const activityDays = field => (it, row, scene) =>
    row.kind === 'activity' && it[field] !== null ? days(it[field], scene.minutesPerDay, scene.text) : '';

/** The built-in columns: code, name, duration, start, finish, total float (570 px). */
export const GRID_COLUMNS = [
    { key: 'code', width: 84, value: it => it.code },
    { key: 'name', width: 210, value: it => it.name },
    { key: 'duration', width: 56, right: true, value: activityDays('durationMinutes') },
    { key: 'start', width: 84, value: (it, row, scene) => formatShort(it.start, scene.withTime) },
    { key: 'finish', width: 84, value: (it, row, scene) => formatShort(it.finish, scene.withTime) },
    { key: 'totalFloat', width: 52, right: true, value: activityDays('totalFloatMinutes'),
        color: (it, row) => (row.kind === 'activity' && it.critical ? C.critical : null) },
];

export const columnsWidth = columns => columns.reduce((s, c) => s + c.width, 0);

/** Header cells; `left` is the grid's horizontal scroll, `sort` { key, descending } draws ▲/▼. */
export function paintGridHeader(ctx, text, columns = GRID_COLUMNS, left = 0, sort = null) {
    const h = THEME.headerHeight;
    const width = columnsWidth(columns);
    ctx.save();
    ctx.translate(-left, 0);
    ctx.fillStyle = C.header;
    ctx.fillRect(0, 0, width, h);
    ctx.font = THEME.font;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = C.headerText;
    ctx.strokeStyle = C.tickLine;
    ctx.beginPath();
    let x = 0;
    for (const col of columns) {
        let label = col.title ?? text[col.key] ?? col.key;
        if (sort && sort.key === col.key) label = `${label} ${sort.descending ? '▼' : '▲'}`;
        ctx.fillText(label, col.right ? x + col.width - 4 - ctx.measureText(label).width : x + 4, h / 2, col.width - 8);
        x += col.width;
        ctx.moveTo(x - 0.5, 0); ctx.lineTo(x - 0.5, h);
    }
    ctx.moveTo(0, h - 0.5); ctx.lineTo(width, h - 0.5);
    ctx.stroke();
    ctx.restore();
}

/** Rows first..last of the grid, in grid coordinates translated by the caller (y = row × height). */
export function paintGridRows(ctx, scene, first, last, columns = GRID_COLUMNS, activeCell = null) {
    const { model, selection, moved } = scene;
    const rh = THEME.rowHeight;
    const width = columnsWidth(columns);
    ctx.font = THEME.font;
    ctx.textBaseline = 'middle';
    for (let i = first; i <= last; i++) {
        const row = model.rows[i];
        if (row.kind === 'wbs') { ctx.fillStyle = C.header; ctx.fillRect(0, i * rh, width, rh); continue; }
        // Rows the last edit moved keep a purple tint, like the outline of their old bar.
        if (moved && moved.has(row.item.id)) { ctx.fillStyle = C.movedRow; ctx.fillRect(0, i * rh, width, rh); }
        if (selection.has(row.item.id)) { ctx.fillStyle = C.selection; ctx.fillRect(0, i * rh, width, rh); }
    }
    let x = 0;
    for (const col of columns) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x + 2, first * rh, col.width - 6, (last - first + 1) * rh);
        ctx.clip();
        for (let i = first; i <= last; i++) {
            const row = model.rows[i];
            const it = row.item;
            const y = i * rh + rh / 2;
            ctx.font = row.kind === 'wbs' ? `600 ${THEME.font}` : THEME.font;
            ctx.fillStyle = col.color?.(it, row) ?? C.text;
            let value = String(col.value(it, row, scene) ?? '');
            let tx = x + 4;
            if (col.key === 'code') {
                tx += row.depth * INDENT;
                if (row.kind === 'wbs') value = `${it.collapsed ? '▸' : '▾'} ${value}`;
            }
            if (col.right) tx = x + col.width - 4 - ctx.measureText(value).width;
            ctx.fillText(value, tx, y);
        }
        ctx.restore();
        x += col.width;
    }
    ctx.strokeStyle = C.rowLine;
    ctx.beginPath();
    for (let i = first; i <= last; i++) { ctx.moveTo(0, (i + 1) * rh - 0.5); ctx.lineTo(width, (i + 1) * rh - 0.5); }
    x = 0;
    for (const col of columns) { x += col.width; ctx.moveTo(x - 0.5, first * rh); ctx.lineTo(x - 0.5, (last + 1) * rh); }
    ctx.stroke();
    if (activeCell && activeCell.row >= first && activeCell.row <= last) {
        const cx = columnLeft(columns, activeCell.key);
        const col = columns.find(c => c.key === activeCell.key);
        if (col) {
            ctx.strokeStyle = C.activeCell;
            ctx.lineWidth = 2;
            ctx.strokeRect(cx + 1, activeCell.row * rh + 1, col.width - 2, rh - 2);
            ctx.lineWidth = 1;
        }
    }
}

/** The x where a column starts, or -1 when it is not shown. */
export function columnLeft(columns, key) {
    let x = 0;
    for (const c of columns) { if (c.key === key) return x; x += c.width; }
    return -1;
}
