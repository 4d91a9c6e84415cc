// What an edit of one table cell sends to the schedule API. Every call carries the version the
// page loaded, every answer says what the engine moved and carries the rows it changed; a cell of
// links may take several calls (add, change, remove), whose answers are merged (EditResult) so the
// planner sees one "what moved" list and the page patches the changed rows once.
import { parseLinks } from './link-text.js';

const LINK_TYPE_NAMES = { FS: 'finishToStart', SS: 'startToStart', FF: 'finishToFinish', SF: 'startToFinish' };
const START_CONSTRAINTS = new Set(['StartOn', 'StartNoEarlierThan', 'StartNoLaterThan', 'MandatoryStart']);

/** A 409: someone else saved the record since the page loaded it. */
export class ConflictError extends Error {}

/** Calls the API; answers the parsed body, throws ConflictError on 409 and an Error with the API's message otherwise. */
export async function call(ctx, method, url, body) {
    const response = await ctx.send(method, url, body);
    if (response.status === 409) throw new ConflictError(await ctx.problemText(response));
    if (!response.ok) throw new Error(await ctx.problemText(response));
    return response.status === 204 ? null : response.json();
}

/**
 * The answers of successive calls merged: per moved activity the first old dates and the last new
 * ones; per changed row (activity or link) the last answer's copy, since later answers are newer;
 * removed rows; and the last project finish and revision.
 */
export class EditResult {
    moved = new Map();
    activities = new Map();
    removedActivities = new Set();
    links = new Map();
    removedLinks = new Set();
    finish = undefined;
    revision = undefined;

    add(answer) {
        if (!answer) return this;
        for (const m of answer.moved ?? []) {
            const seen = this.moved.get(m.id);
            this.moved.set(m.id, seen ? { ...m, oldStart: seen.oldStart, oldFinish: seen.oldFinish } : m);
        }
        for (const a of answer.activities ?? []) this.activities.set(a.id, a);
        for (const id of answer.removedActivityIds ?? []) {
            this.activities.delete(id);
            this.moved.delete(id);
            this.removedActivities.add(id);
        }
        for (const l of answer.links ?? []) this.links.set(l.id, l);
        for (const id of answer.removedLinkIds ?? []) { this.links.delete(id); this.removedLinks.add(id); }
        if (answer.finish !== undefined) this.finish = answer.finish;
        if (answer.revision !== undefined) this.revision = answer.revision;
        return this;
    }
}

/** Days typed as "5", "5d", "2.5 天" → working minutes; throws naming the field when it is not a number. */
export function parseDays(text, minutesPerDay, message) {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*(d|天|days?)?\s*$/i.exec(text);
    if (!m) throw new Error(message);
    return Math.round(Number(m[1].replace(',', '.')) * minutesPerDay);
}

/** "2026-03-01" or "2026-03-01 10:00" → wall-clock ISO; a bare day starts (or finishes) the working day. */
export function parseDay(text, finishing, message) {
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?\s*$/.exec(text);
    if (!m) throw new Error(message);
    const [, y, mo, d, h, mi] = m;
    const probe = new Date(Date.UTC(+y, +mo - 1, +d));
    if (probe.getUTCMonth() !== +mo - 1 || probe.getUTCDate() !== +d) throw new Error(message);
    if (h !== undefined && (+h > 23 || +mi > 59)) throw new Error(message);
    return `${y}-${mo}-${d}T${h ?? (finishing ? '17' : '08')}:${mi ?? '00'}:00`;
}

/**
 * Saves `value` typed into column `key` of activity `a`; answers the merged EditResult.
 * `ctx`: { api, send, problemText, t, data(), activity(id) }.
 */
export async function saveCell(ctx, a, key, value) {
    const t = ctx.t;
    const perDay = ctx.data().minutesPerDay || 480;
    const patch = body => call(ctx, 'PATCH', `${ctx.api}/activities/${a.id}`, { version: a.version, ...body });
    const result = new EditResult();
    const label = t(`Column.${key}`);
    const text = value.trim();
    let answer;
    switch (key) {
        case 'code':
        case 'name':
            if (!text) throw new Error(t('Table.Required', label));
            answer = await patch({ [key]: text });
            break;
        case 'duration':
            answer = await patch({ originalDurationMinutes: parseDays(text, perDay, t('Table.BadDays', label, value)) });
            break;
        case 'wbs': {
            if (!text) { answer = await patch({ clear: ['wbsId'] }); break; }
            const node = ctx.data().wbs.find(w => w.code.toLowerCase() === text.toLowerCase());
            if (!node) throw new Error(t('Table.UnknownWbs', text));
            answer = await patch({ wbsId: node.id });
            break;
        }
        case 'type':
            answer = await patch({ type: text });
            break;
        case 'calendar':
            answer = await patch(text ? { calendarId: text } : { clear: ['calendarId'] });
            break;
        case 'organisation':
            answer = await patch(text ? { responsibleOrganisationId: text } : { clear: ['responsibleOrganisationId'] });
            break;
        case 'person':
            answer = await patch(text ? { responsiblePersonId: text } : { clear: ['responsiblePersonId'] });
            break;
        case 'constraintType': {
            if (!text) { answer = await patch({ clear: ['constraint'] }); break; }
            // As in P6, a new constraint takes the activity's current start (or finish) until a date is typed.
            const date = a.constraint?.date ?? (START_CONSTRAINTS.has(text) ? a.start : a.finish);
            answer = await patch(text === 'AsLateAsPossible' ? { constraintType: text } : { constraintType: text, constraintDate: date });
            break;
        }
        case 'constraintDate': {
            if (!a.constraint) throw new Error(t('Table.ConstraintFirst'));
            if (!text) { answer = await patch({ clear: ['constraint'] }); break; }
            const date = parseDay(text, !START_CONSTRAINTS.has(a.constraint.type), t('Table.BadDate', label, value));
            answer = await patch({ constraintType: a.constraint.type, constraintDate: date });
            break;
        }
        case 'predecessors':
        case 'successors':
            return saveLinks(ctx, a, key === 'predecessors', text, result);
        default:
            throw new Error(t('Table.ReadOnlyColumn', label));
    }
    return result.add(answer);
}

/** Makes the activity's links on one side what the text says: new ones added, changed ones patched, missing ones removed. */
async function saveLinks(ctx, a, predecessors, text, result) {
    const data = ctx.data();
    const perDay = data.minutesPerDay || 480;
    const idOfCode = new Map(data.activities.map(x => [x.code.toLowerCase(), x.id]));
    const messages = {
        badToken: token => ctx.t('Links.BadToken', token), unknownCode: token => ctx.t('Links.UnknownCode', token),
        self: token => ctx.t('Links.Self', token), twice: token => ctx.t('Links.Twice', token),
    };
    const wanted = parseLinks(text, code => idOfCode.get(code.toLowerCase()), a.id, perDay, messages);
    const mine = l => (predecessors ? l.successorId === a.id : l.predecessorId === a.id);
    const otherEnd = l => (predecessors ? l.predecessorId : l.successorId);
    const existing = new Map(data.links.filter(mine).map(l => [otherEnd(l), l]));
    const url = `${ctx.api}/links`;
    for (const w of wanted) {
        const old = existing.get(w.otherId);
        existing.delete(w.otherId);
        const body = { type: LINK_TYPE_NAMES[w.type], lagMinutes: w.lagMinutes };
        if (!old) {
            const ends = predecessors ? { predecessorId: w.otherId, successorId: a.id } : { predecessorId: a.id, successorId: w.otherId };
            result.add(await call(ctx, 'POST', url, { ...ends, ...body }));
        } else if (old.type !== w.type || old.lagMinutes !== w.lagMinutes) {
            result.add(await call(ctx, 'PATCH', `${url}/${old.id}`, { ...body, version: old.version }));
        }
    }
    for (const old of existing.values()) {
        result.add(await call(ctx, 'DELETE', `${url}/${old.id}?version=${old.version}`));
    }
    return result;
}
