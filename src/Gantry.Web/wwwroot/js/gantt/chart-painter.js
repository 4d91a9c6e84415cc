// The bar area for one view rectangle: non-working shading, tick lines, row stripes, bars, links,
// and the data-date and today lines. Only rows and links that reach the view are touched, so the
// cost of a frame follows the window size, not the schedule size.
import { THEME } from './theme.js';
import { barRect, paintBar } from './bar-painter.js';
import { routeLink, traceLink } from './link-router.js';

const C = THEME.colors;

/** Paints chart coordinates [left, left+width) × [top, top+height) at the context's origin. */
export function paintChart(ctx, scene, view) {
    const { model, scale, calendar, selection } = scene;
    const rh = THEME.rowHeight;
    const { left, top, width, height } = view;
    const right = left + width;
    const first = Math.max(0, Math.floor(top / rh));
    const last = Math.min(model.rows.length - 1, Math.floor((top + height - 1) / rh));
    const stats = { rowsPainted: 0, barsPainted: 0, linksPainted: 0 };

    ctx.save();
    ctx.translate(-left, -top);
    ctx.fillStyle = C.background;
    ctx.fillRect(left, top, width, height);

    if (scale.zoom === 'hour' || scale.zoom === 'day') {
        ctx.fillStyle = C.nonWorking;
        for (const [a, b] of calendar.nonWorking(scale.time(left), scale.time(right), scale.zoom === 'hour')) {
            ctx.fillRect(scale.x(a), top, scale.x(b) - scale.x(a), height);
        }
    }
    ctx.strokeStyle = C.tickLine;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const t of scale.ticks(scale.unitBottom, scale.time(left), scale.time(right))) {
        const x = Math.round(scale.x(t)) + 0.5;
        ctx.moveTo(x, top); ctx.lineTo(x, top + height);
    }
    ctx.stroke();

    ctx.strokeStyle = C.rowLine;
    ctx.beginPath();
    for (let i = first; i <= last; i++) {
        const row = model.rows[i];
        if (row.kind === 'activity' && selection.has(row.item.id)) {
            ctx.fillStyle = C.selection;
            ctx.fillRect(left, i * rh, width, rh);
        }
        ctx.moveTo(left, (i + 1) * rh - 0.5); ctx.lineTo(right, (i + 1) * rh - 0.5);
    }
    ctx.stroke();

    for (let i = first; i <= last; i++) {
        stats.rowsPainted++;
        stats.barsPainted += paintBar(ctx, scale, model.rows[i], i, left, right);
    }
    stats.linksPainted = paintLinks(ctx, scene, first, last, left, right);
    paintMoved(ctx, scene, first, last);

    for (const [t, color] of [[scene.dataDate, C.dataDate], [scene.today, C.today]]) {
        if (t === null) continue;
        const x = Math.round(scale.x(t)) + 0.5;
        if (x < left || x > right) continue;
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        ctx.setLineDash(color === C.today ? [5, 3] : []);
        ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
        ctx.setLineDash([]);
    }
    ctx.restore();
    return stats;
}

/** Links reaching the visible rows, stroked in three batches: ordinary, driving, critical driving. */
function paintLinks(ctx, scene, first, last, left, right) {
    const { model, scale, links } = scene;
    const batches = [[], [], []];
    for (const link of links) {
        const rp = model.rowOfActivity.get(link.predecessorId);
        const rs = model.rowOfActivity.get(link.successorId);
        if (rp === undefined || rs === undefined) continue;
        if (Math.max(rp, rs) < first || Math.min(rp, rs) > last) continue;
        const pred = barRect(scale, model.rows[rp], rp), succ = barRect(scale, model.rows[rs], rs);
        if (!pred || !succ) continue;
        if (Math.max(pred.x1, succ.x1) + 20 < left || Math.min(pred.x0, succ.x0) - 20 > right) continue;
        const critical = link.driving && model.rows[rp].item.critical && model.rows[rs].item.critical;
        batches[critical ? 2 : link.driving ? 1 : 0].push(routeLink(link.type, pred, succ));
    }
    const styles = [[C.link, 1], [C.drivingLink, 1.6], [C.criticalLink, 1.8]];
    let count = 0;
    batches.forEach((routes, i) => {
        if (!routes.length) return;
        ctx.strokeStyle = styles[i][0];
        ctx.lineWidth = styles[i][1];
        ctx.beginPath();
        for (const r of routes) traceLink(ctx, r);
        ctx.stroke();
        count += routes.length;
    });
    return count;
}

/** After update(), the old position of each moved activity stays outlined until the next setData. */
function paintMoved(ctx, scene, first, last) {
    if (!scene.moved.size) return;
    const { model, scale } = scene;
    ctx.strokeStyle = C.moved;
    ctx.lineWidth = 1;
    for (const [id, old] of scene.moved) {
        const i = model.rowOfActivity.get(id);
        if (i === undefined || i < first || i > last || old.start === null) continue;
        const x0 = Math.round(scale.x(old.start)), x1 = Math.max(Math.round(scale.x(old.finish)), x0 + 2);
        ctx.strokeRect(x0 + 0.5, i * THEME.rowHeight + THEME.barTop - 1.5, x1 - x0, THEME.barHeight + 3);
    }
}
