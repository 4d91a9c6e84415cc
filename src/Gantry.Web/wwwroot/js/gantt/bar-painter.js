// Paints one row's bars: baseline under the bar, float tail, the bar by type with its progress,
// milestone diamonds and summary brackets. Works in chart coordinates (x from the time scale,
// y from the row index); the caller translates the context to the scroll position.
import { THEME } from './theme.js';

const C = THEME.colors;

/** The colour a bar is painted with; the hit-test API reports it too. */
export function barColor(item, kind) {
    if (kind === 'wbs' || item.type === 'WbsSummary') return C.summary;
    if (item.type === 'LevelOfEffort') return C.levelOfEffort;
    if (item.isMilestone) return item.critical ? C.critical : C.milestone;
    return item.critical ? C.critical : C.task;
}

/** Where a row's bar lies in chart coordinates, or null when it has no dates. */
export function barRect(scale, row, rowIndex) {
    const item = row.item;
    if (item.start === null || item.finish === null) return null;
    const y = rowIndex * THEME.rowHeight;
    const x0 = scale.x(item.start);
    const x1 = Math.max(scale.x(item.finish), x0 + (item.isMilestone ? 0 : 1));
    if (item.isMilestone) {
        // A start milestone sits at its start, a finish milestone at its finish.
        const x = item.type === 'FinishMilestone' ? scale.x(item.finish) : x0;
        return { x0: x - 6, x1: x + 6, y0: y + THEME.barTop - 1, y1: y + THEME.barTop + THEME.barHeight + 1, cx: x };
    }
    return { x0, x1, y0: y + THEME.barTop, y1: y + THEME.barTop + THEME.barHeight, cx: (x0 + x1) / 2 };
}

/** Paints the row; returns 1 when something was drawn (the renderer counts draw calls). */
export function paintBar(ctx, scale, row, rowIndex, left, right) {
    const item = row.item;
    const r = barRect(scale, row, rowIndex);
    if (!r) return 0;
    const y = rowIndex * THEME.rowHeight;
    const summary = row.kind === 'wbs' || item.type === 'WbsSummary';
    const floatEnd = item.lateFinish ?? null;
    const farRight = Math.max(r.x1, floatEnd !== null ? scale.x(floatEnd) : r.x1,
        item.baselineFinish != null ? scale.x(item.baselineFinish) : r.x1);
    const farLeft = Math.min(r.x0, item.baselineStart != null ? scale.x(item.baselineStart) : r.x0);
    if (farRight < left || farLeft > right) return 0;

    if (item.baselineStart != null && item.baselineFinish != null) {
        const bx0 = scale.x(item.baselineStart);
        ctx.fillStyle = C.baseline;
        ctx.fillRect(bx0, y + THEME.baselineTop, Math.max(2, scale.x(item.baselineFinish) - bx0), THEME.baselineHeight);
    }
    if (!summary && item.earlyFinish != null && floatEnd !== null && floatEnd > item.earlyFinish) {
        // Total float as P6 draws it: from the early finish to the late finish.
        const fx0 = scale.x(item.earlyFinish);
        ctx.fillStyle = C.float;
        ctx.fillRect(fx0, y + THEME.barTop + THEME.barHeight / 2 - 1, scale.x(floatEnd) - fx0, 3);
    }
    const color = barColor(item, row.kind);
    if (item.isMilestone) {
        const cy = y + THEME.barTop + THEME.barHeight / 2;
        ctx.fillStyle = color;
        ctx.beginPath();
        ctx.moveTo(r.cx, cy - 7); ctx.lineTo(r.cx + 7, cy); ctx.lineTo(r.cx, cy + 7); ctx.lineTo(r.cx - 7, cy);
        ctx.closePath();
        ctx.fill();
        return 1;
    }
    if (summary) {
        const top = y + THEME.barTop + 1;
        ctx.fillStyle = color;
        ctx.fillRect(r.x0, top, r.x1 - r.x0, 5);
        ctx.beginPath();
        ctx.moveTo(r.x0, top); ctx.lineTo(r.x0 + 5, top); ctx.lineTo(r.x0, top + 10); ctx.closePath();
        ctx.moveTo(r.x1, top); ctx.lineTo(r.x1 - 5, top); ctx.lineTo(r.x1, top + 10); ctx.closePath();
        ctx.fill();
        return 1;
    }
    const h = item.type === 'LevelOfEffort' ? THEME.barHeight - 4 : THEME.barHeight;
    const top = y + THEME.barTop + (THEME.barHeight - h) / 2;
    ctx.fillStyle = color;
    ctx.fillRect(r.x0, top, r.x1 - r.x0, h);
    if (item.percentComplete > 0 && item.type !== 'LevelOfEffort') {
        ctx.fillStyle = item.critical ? C.criticalProgress : C.taskProgress;
        ctx.fillRect(r.x0, top + h / 2 - 2, (r.x1 - r.x0) * item.percentComplete / 100, 4);
    }
    return 1;
}
