// The whole chart (every row, the whole time span, grid included) painted off screen: for
// exportPng() and for the printed pages. Browsers refuse canvases above 32,767 px a side or
// about 268 million pixels, so a chart larger than that is scaled down to fit, never cut.
import { THEME } from './theme.js';
import { columnsWidth, paintGridHeader, paintGridRows } from './grid-painter.js';
import { paintTimeHeader } from './header-painter.js';
import { paintChart } from './chart-painter.js';

const MAX_SIDE = 32_767;
const MAX_AREA = 200_000_000;

/** Paints rows first..last with the headers onto a canvas at most maxWidth wide (CSS px at scale 1). */
export function renderRows(gantt, first, last, maxWidth = MAX_SIDE, canvas = document.createElement('canvas')) {
    const scene = gantt.scene();
    const rh = THEME.rowHeight, hh = THEME.headerHeight;
    const chartWidth = scene.scale.width;
    const gridWidth = columnsWidth(gantt.columns);
    const w = gridWidth + chartWidth;
    const rows = Math.max(0, last - first + 1);
    const h = hh + rows * rh;
    const k = Math.min(1, maxWidth / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
    canvas.width = Math.max(1, Math.floor(w * k));
    canvas.height = Math.max(1, Math.floor(h * k));
    const ctx = canvas.getContext('2d');
    ctx.setTransform(k, 0, 0, k, 0, 0);
    ctx.fillStyle = THEME.colors.background;
    ctx.fillRect(0, 0, w, h);
    paintGridHeader(ctx, gantt.text, gantt.columns, 0, gantt.sort);
    ctx.save();
    ctx.translate(gridWidth, 0);
    paintTimeHeader(ctx, scene.scale, 0, chartWidth);
    ctx.restore();
    if (rows > 0) {
        ctx.save();
        ctx.translate(0, hh - first * rh);
        paintGridRows(ctx, scene, first, last, gantt.columns);
        ctx.restore();
        ctx.save();
        ctx.translate(gridWidth, hh);
        paintChart(ctx, scene, { left: 0, top: first * rh, width: chartWidth, height: rows * rh });
        ctx.restore();
    }
    return { canvas, scale: k, width: w, height: h };
}

/** PNG of the full chart; resolves to a Blob (image/png). */
export function exportPng(gantt) {
    const { canvas } = renderRows(gantt, 0, gantt.model.rows.length - 1);
    return new Promise((resolve, reject) => canvas.toBlob(
        blob => blob ? resolve(blob) : reject(new Error('exportPng: the browser could not encode the chart as PNG')), 'image/png'));
}
