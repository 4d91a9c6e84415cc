// The frozen activity grid left of the bars: code, name, duration, start, finish, total float.
// Painted on canvas like the bars so 10,000 rows cost no more DOM than 40.
import { THEME } from './theme.js';
import { formatShort } from './dates.js';

const C = THEME.colors;

export const GRID_COLUMNS = [
    { key: 'code', width: 84 },
    { key: 'name', width: 210 },
    { key: 'duration', width: 56, right: true },
    { key: 'start', width: 84 },
    { key: 'finish', width: 84 },
    { key: 'totalFloat', width: 52, right: true },
];
export const GRID_WIDTH = GRID_COLUMNS.reduce((s, c) => s + c.width, 0);
const INDENT = 12;

export function paintGridHeader(ctx, text) {
    const h = THEME.headerHeight;
    ctx.fillStyle = C.header;
    ctx.fillRect(0, 0, GRID_WIDTH, h);
    ctx.font = THEME.font;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = C.headerText;
    ctx.strokeStyle = C.tickLine;
    ctx.beginPath();
    let x = 0;
    for (const col of GRID_COLUMNS) {
        const label = text[col.key];
        ctx.fillText(label, col.right ? x + col.width - 4 - ctx.measureText(label).width : x + 4, h / 2, col.width - 8);
        x += col.width;
        ctx.moveTo(x - 0.5, 0); ctx.lineTo(x - 0.5, h);
    }
    ctx.moveTo(0, h - 0.5); ctx.lineTo(GRID_WIDTH, h - 0.5);
    ctx.stroke();
}

/** Rows first..last of the grid, in grid coordinates translated by the caller (y = row × height). */
export function paintGridRows(ctx, scene, first, last) {
    const { model, text, minutesPerDay, selection, withTime } = scene;
    const rh = THEME.rowHeight;
    ctx.font = THEME.font;
    ctx.textBaseline = 'middle';
    const cell = (row, key) => {
        const it = row.item;
        switch (key) {
            case 'code': return it.code;
            case 'name': return it.name;
            case 'duration': return row.kind === 'activity' && it.durationMinutes !== null ? days(it.durationMinutes, minutesPerDay, text) : '';
            case 'start': return formatShort(it.start, withTime);
            case 'finish': return formatShort(it.finish, withTime);
            default: return row.kind === 'activity' && it.totalFloatMinutes !== null ? days(it.totalFloatMinutes, minutesPerDay, text) : '';
        }
    };
    for (let i = first; i <= last; i++) {
        const row = model.rows[i];
        if (row.kind === 'wbs') { ctx.fillStyle = C.header; ctx.fillRect(0, i * rh, GRID_WIDTH, rh); }
        if (row.kind === 'activity' && selection.has(row.item.id)) { ctx.fillStyle = C.selection; ctx.fillRect(0, i * rh, GRID_WIDTH, rh); }
    }
    let x = 0;
    for (const col of GRID_COLUMNS) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x + 2, first * rh, col.width - 6, (last - first + 1) * rh);
        ctx.clip();
        for (let i = first; i <= last; i++) {
            const row = model.rows[i];
            const y = i * rh + rh / 2;
            ctx.font = row.kind === 'wbs' ? `600 ${THEME.font}` : THEME.font;
            ctx.fillStyle = row.kind === 'activity' && row.item.critical && col.key === 'totalFloat' ? C.critical : C.text;
            let value = cell(row, col.key);
            let tx = x + 4;
            if (col.key === 'code') {
                tx += row.depth * INDENT;
                if (row.kind === 'wbs') value = `${row.item.collapsed ? '▸' : '▾'} ${value}`;
            }
            if (col.right) tx = x + col.width - 4 - ctx.measureText(value).width;
            ctx.fillText(value, tx, y);
        }
        ctx.restore();
        x += col.width;
    }
    ctx.strokeStyle = C.rowLine;
    ctx.beginPath();
    for (let i = first; i <= last; i++) { ctx.moveTo(0, (i + 1) * rh - 0.5); ctx.lineTo(GRID_WIDTH, (i + 1) * rh - 0.5); }
    x = 0;
    for (const col of GRID_COLUMNS) { x += col.width; ctx.moveTo(x - 0.5, first * rh); ctx.lineTo(x - 0.5, (last + 1) * rh); }
    ctx.stroke();
}

function days(minutes, perDay, text) {
    const d = minutes / (perDay || 480);
    return `${Number.isInteger(d) ? d : d.toFixed(1)}${text.days}`;
}
