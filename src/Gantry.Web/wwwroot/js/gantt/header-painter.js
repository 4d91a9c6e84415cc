// The two-tier time scale above the bars: the upper tier names the larger unit (month, year …),
// the lower tier the unit the zoom is read in (hour, day, week …).
import { THEME } from './theme.js';

const C = THEME.colors;

export function paintTimeHeader(ctx, scale, left, width) {
    const h = THEME.headerHeight, half = h / 2;
    ctx.fillStyle = C.header;
    ctx.fillRect(0, 0, width, h);
    ctx.save();
    ctx.translate(-left, 0);
    ctx.font = THEME.headerFont;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = C.headerText;
    ctx.strokeStyle = C.tickLine;
    ctx.lineWidth = 1;
    ctx.beginPath();
    const from = scale.time(left), to = scale.time(left + width);
    for (const [unit, y0] of [[scale.unitTop, 0], [scale.unitBottom, half]]) {
        const ticks = scale.ticks(unit, from, to);
        for (let i = 0; i < ticks.length - 1; i++) {
            const x0 = Math.round(scale.x(ticks[i])) + 0.5, x1 = scale.x(ticks[i + 1]);
            ctx.moveTo(x0, y0); ctx.lineTo(x0, y0 + half);
            const label = scale.label(unit, ticks[i]);
            const room = x1 - x0 - 6;
            if (room < 8) continue;
            // Upper-tier labels stay readable while their unit is scrolled half out of view.
            const lx = y0 === 0 ? Math.max(x0 + 4, Math.min(left + 4, x1 - 4 - ctx.measureText(label).width)) : x0 + 3;
            ctx.fillText(label, lx, y0 + half / 2, room);
        }
    }
    ctx.moveTo(left, half + 0.5); ctx.lineTo(left + width, half + 0.5);
    ctx.moveTo(left, h - 0.5); ctx.lineTo(left + width, h - 0.5);
    ctx.stroke();
    ctx.restore();
}
