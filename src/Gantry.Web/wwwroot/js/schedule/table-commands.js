// Row commands of the activity table: insert a new activity under the selected row's WBS, delete
// the selected ones, duplicate copied rows (the copy endpoint), and paste tab-separated text from
// Excel into code, name, WBS and duration cells (lines past the last row become new activities).
import { EditResult, call, parseDays } from './table-edits.js';

const PASTABLE = new Set(['code', 'name', 'wbs', 'duration']);

/** The next code after the selected one, P6 style: the same prefix and the highest number + 10. */
export function nextCode(codes, near) {
    const pattern = /^(.*?)(\d+)$/;
    const base = pattern.exec(near ?? '') ?? ['', 'A', '1000'];
    const prefix = base[1];
    let highest = -1, digits = base[2].length;
    for (const c of codes) {
        const m = pattern.exec(c);
        if (m && m[1] === prefix) { highest = Math.max(highest, Number(m[2])); digits = Math.max(digits, m[2].length); }
    }
    const taken = new Set(codes);
    let n = highest < 0 ? Number(base[2]) : Math.floor(highest / 10) * 10 + 10;
    let code = `${prefix}${String(n).padStart(digits, '0')}`;
    while (taken.has(code)) { n += 10; code = `${prefix}${String(n).padStart(digits, '0')}`; }
    return code;
}

/** A sort order right under `after` among its WBS siblings (or at the end). */
function sortOrderAfter(data, after) {
    const siblings = data.activities.filter(x => (x.wbsId ?? null) === (after?.wbsId ?? null)).map(x => x.sortOrder).sort((x, y) => x - y);
    const last = siblings.length ? siblings[siblings.length - 1] : 0;
    if (!after) return last + 10;
    const next = siblings.find(s => s > after.sortOrder);
    if (next === undefined) return after.sortOrder + 10;
    return next - after.sortOrder > 1 ? Math.floor((after.sortOrder + next) / 2) : after.sortOrder + 1;
}

/** Adds an activity below `after` (a payload activity or null); answers its id and the API's answer. */
export async function insertActivity(ctx, after, fields = {}) {
    const data = ctx.data();
    const codes = data.activities.map(x => x.code);
    const body = {
        code: fields.code ?? nextCode(codes, after?.code ?? codes[codes.length - 1]),
        name: fields.name ?? ctx.t('Table.NewActivity'),
        wbsId: fields.wbsId !== undefined ? fields.wbsId : after?.wbsId ?? null,
        sortOrder: sortOrderAfter(data, after),
        type: 'Task',
        originalDurationMinutes: fields.originalDurationMinutes ?? (data.minutesPerDay || 480),
    };
    const answer = await call(ctx, 'POST', `${ctx.api}/activities`, body);
    // Keeps the document in step so a second insert before the reload picks the next code.
    data.activities.push({ id: answer.id, code: body.code, name: body.name, wbsId: body.wbsId, sortOrder: body.sortOrder, version: answer.version ?? 1 });
    return { id: answer.id, answer };
}

/** Deletes each activity; answers the merged EditResult and the refusals [{ code, message }] (one refusal stops nothing). */
export async function deleteActivities(ctx, activities) {
    const result = new EditResult();
    const refused = [];
    for (const a of activities) {
        try {
            result.add(await call(ctx, 'DELETE', `${ctx.api}/activities/${a.id}?version=${a.version}`));
        } catch (e) {
            refused.push({ code: a.code, message: e.message });
        }
    }
    return { result, refused };
}

/** Duplicates the activities through the copy endpoint (new codes "A1010-1", links among them copied). */
export async function copyActivities(ctx, ids) {
    const answer = await call(ctx, 'POST', `${ctx.api}/activities/copy`, { activityIds: ids });
    return new EditResult().add(answer);
}

/** Tab-separated lines as Excel puts them on the clipboard; a trailing empty line is dropped. */
export function parseClipboard(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.map(l => l.split('\t'));
}

/**
 * Pastes cells from the active cell rightwards and downwards. `columns` are the shown columns,
 * `rows` the payload activities from the active row down. Everything is checked before anything
 * is sent, so a bad line changes nothing; the error names the line and the column.
 */
export async function pasteCells(ctx, text, columns, startKey, rows) {
    const t = ctx.t;
    const perDay = ctx.data().minutesPerDay || 480;
    const lines = parseClipboard(text);
    const start = columns.findIndex(c => c.key === startKey);
    if (start < 0 || lines.length === 0) return { result: new EditResult(), changed: 0 };
    const wbsByCode = new Map(ctx.data().wbs.map(w => [w.code.toLowerCase(), w.id]));
    const plans = lines.map((cells, li) => {
        const fields = {};
        cells.forEach((cell, ci) => {
            const col = columns[start + ci];
            if (!col) return;
            const line = t('Paste.Where', li + 1);
            if (!PASTABLE.has(col.key)) throw new Error(`${line}, ${col.title}: ${t('Paste.NotPastable')}`);
            const v = cell.trim();
            if (col.key === 'duration') fields.originalDurationMinutes = parseDays(v, perDay, `${line}, ${t('Table.BadDays', col.title, cell)}`);
            else if (col.key === 'wbs') {
                if (v && !wbsByCode.has(v.toLowerCase())) throw new Error(`${line}, ${col.title}: ${t('Table.UnknownWbs', v)}`);
                fields.wbsId = v ? wbsByCode.get(v.toLowerCase()) : null;
            } else {
                if (!v) throw new Error(`${line}, ${t('Table.Required', col.title)}`);
                fields[col.key] = v;
            }
        });
        return fields;
    });
    const result = new EditResult();
    let last = rows[rows.length - 1] ?? null;
    for (const [i, fields] of plans.entries()) {
        const a = rows[i];
        if (a) {
            const { wbsId, ...rest } = fields;
            const body = { version: a.version, ...rest };
            if (wbsId !== undefined) { if (wbsId === null) body.clear = ['wbsId']; else body.wbsId = wbsId; }
            result.add(await call(ctx, 'PATCH', `${ctx.api}/activities/${a.id}`, body));
        } else {
            const added = await insertActivity(ctx, last, fields);
            last = ctx.data().activities.find(x => x.id === added.id);
            result.add(added.answer);
        }
    }
    return { result, changed: plans.length };
}
