// Printing ("print / save as PDF"): just before the browser prints, the whole chart is painted
// page by page into images that only the print stylesheet shows, each page with the grid and
// the time scale repeated, so a long schedule prints across as many pages as it needs.
import { renderRows } from './export.js';

// A landscape A4 page at the browser's 96 dpi holds about this many rows under the headers.
const ROWS_PER_PAGE = 24;
// Wide enough to stay sharp on paper, small enough that 400 pages fit in memory.
const PAGE_WIDTH_PX = 2400;

export function installPrint(gantt) {
    const before = () => preparePrint(gantt);
    const after = () => gantt.container.querySelector('.gg-print')?.remove();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => { window.removeEventListener('beforeprint', before); window.removeEventListener('afterprint', after); };
}

/** Builds the printed pages now; returns how many there are. */
export function preparePrint(gantt, rowsPerPage = gantt.options.printRowsPerPage ?? ROWS_PER_PAGE) {
    gantt.container.querySelector('.gg-print')?.remove();
    const holder = document.createElement('div');
    holder.className = 'gg-print';
    const canvas = document.createElement('canvas');
    const total = gantt.model.rows.length;
    for (let first = 0; first < Math.max(total, 1); first += rowsPerPage) {
        renderRows(gantt, first, Math.min(total, first + rowsPerPage) - 1, PAGE_WIDTH_PX, canvas);
        const img = document.createElement('img');
        img.className = 'gg-print-page';
        img.alt = '';
        img.src = canvas.toDataURL('image/png');
        holder.appendChild(img);
    }
    gantt.container.appendChild(holder);
    return holder.childElementCount;
}
