// Relationship lines: leave the predecessor from its start or finish, enter the successor at its
// start (arrow pointing right) or finish (arrow pointing left), with right-angle elbows. When the
// successor's entry point lies behind the exit, the line drops to the row boundary first and
// runs back along it, so it never crosses the bars of either row.
import { THEME } from './theme.js';

const STUB = 8;
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'];

/** Points of the elbow line and the arrow's direction (+1 right, -1 left). */
export function routeLink(type, pred, succ) {
    const fromFinish = type === 'FS' || type === 'FF';
    const toStart = type === 'FS' || type === 'SS';
    const sx = fromFinish ? pred.x1 : pred.x0;
    const sy = (pred.y0 + pred.y1) / 2;
    const tx = toStart ? succ.x0 : succ.x1;
    const ty = (succ.y0 + succ.y1) / 2;
    const a = sx + (fromFinish ? STUB : -STUB);
    const points = [sx, sy, a, sy];
    const direct = toStart ? a <= tx - 2 : a >= tx + 2;
    if (direct || Math.abs(ty - sy) < 1) {
        points.push(a, ty, tx, ty);
    } else {
        const boundary = sy + Math.sign(ty - sy) * THEME.rowHeight / 2;
        const b = tx + (toStart ? -STUB : STUB);
        points.push(a, boundary, b, boundary, b, ty, tx, ty);
    }
    return { points, arrow: toStart ? 1 : -1 };
}

/** Draws one routed line into the current path (stroked in batches by the caller). */
export function traceLink(ctx, route) {
    const p = route.points;
    ctx.moveTo(p[0], p[1]);
    for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i], p[i + 1]);
    const n = p.length;
    const x = p[n - 2], y = p[n - 1], d = route.arrow;
    ctx.moveTo(x, y);
    ctx.lineTo(x - d * 5, y - 3.5);
    ctx.moveTo(x, y);
    ctx.lineTo(x - d * 5, y + 3.5);
}

/** Link type from the ends a drag joined: the predecessor's end and the successor's end. */
export function linkTypeFromEnds(fromEnd, toEnd) {
    return (fromEnd === 'finish' ? 'F' : 'S') + (toEnd === 'finish' ? 'F' : 'S');
}
