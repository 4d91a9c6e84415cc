// The rows of the chart: the WBS tree with its activities in sort order, collapsible, each WBS row
// carrying a summary span computed from everything below it (collapsed or not).
import { parseDate } from './dates.js';

const TYPES = new Set(['Task', 'StartMilestone', 'FinishMilestone', 'LevelOfEffort', 'WbsSummary']);
const DATE_FIELDS = ['start', 'finish', 'earlyStart', 'earlyFinish', 'lateStart', 'lateFinish',
    'actualStart', 'actualFinish', 'baselineStart', 'baselineFinish'];

/** One activity as the renderer holds it: the payload's fields with dates parsed to instants. */
// Ids are GUID strings from the store (numbers in the contract's examples): either is accepted.
const isId = id => (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id.length > 0);
const compareIds = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const bySort = (x, y) => x.sortOrder - y.sortOrder || compareIds(x.id, y.id);

export function toActivity(raw, index) {
    // Built only when something is wrong: 10,000 activities should not cost 10,000 strings.
    const where = () => `activities[${index}]${raw && raw.code ? ` (${raw.code})` : ''}`;
    if (!raw || !isId(raw.id)) throw new Error(`${where()}: id must be a number or a non-empty string`);
    const type = raw.type ?? 'Task';
    if (!TYPES.has(type)) throw new Error(`${where()}: type '${type}' is not one of ${[...TYPES].join(', ')}`);
    const a = { id: raw.id, code: raw.code ?? '', name: raw.name ?? '', wbsId: raw.wbsId ?? null, sortOrder: raw.sortOrder ?? 0, type };
    try {
        for (const f of DATE_FIELDS) a[f] = parseDate(raw[f], f);
    } catch (e) {
        throw new Error(`${where()}.${e.message}`);
    }
    if (a.start === null || a.finish === null) throw new Error(`${where()}: start and finish are required`);
    if (a.finish < a.start) throw new Error(`${where()}: finish ${raw.finish} is before start ${raw.start}`);
    a.percentComplete = Math.min(100, Math.max(0, +(raw.percentComplete ?? 0)));
    a.totalFloatMinutes = raw.totalFloatMinutes ?? null;
    a.freeFloatMinutes = raw.freeFloatMinutes ?? null;
    a.critical = raw.critical === true;
    a.durationMinutes = raw.remainingDurationMinutes ?? raw.originalDurationMinutes ?? null;
    a.originalDurationMinutes = raw.originalDurationMinutes ?? null;
    a.isMilestone = type === 'StartMilestone' || type === 'FinishMilestone';
    return a;
}

export class RowModel {
    constructor(payload) {
        this.wbs = new Map();
        this.activities = new Map();
        const wbsList = payload.wbs ?? [];
        wbsList.forEach((w, i) => {
            if (!w || !isId(w.id)) throw new Error(`wbs[${i}]: id must be a number or a non-empty string`);
            this.wbs.set(w.id, { id: w.id, parentId: w.parentId ?? null, code: w.code ?? '', name: w.name ?? '', sortOrder: w.sortOrder ?? 0,
                children: [], items: [], collapsed: false, start: null, finish: null, depth: 0, critical: false });
        });
        (payload.activities ?? []).forEach((raw, i) => {
            const a = toActivity(raw, i);
            if (this.activities.has(a.id)) throw new Error(`activities[${i}]: id ${a.id} appears twice`);
            this.activities.set(a.id, a);
        });
        this.roots = [];
        this.looseActivities = [];
        for (const w of this.wbs.values()) {
            const parent = w.parentId === null ? null : this.wbs.get(w.parentId);
            if (w.parentId !== null && !parent) throw new Error(`wbs ${w.code || w.id}: parentId ${w.parentId} is not in the payload`);
            (parent ? parent.children : this.roots).push(w);
        }
        for (const a of this.activities.values()) {
            const w = a.wbsId === null ? null : this.wbs.get(a.wbsId);
            (w ? w.items : this.looseActivities).push(a);
        }
        this.roots.sort(bySort);
        for (const w of this.wbs.values()) w.children.sort(bySort);
        this.sortActivities(null);
        this.order = this.#depthFirst();
        if (this.order.length !== this.wbs.size) throw new Error('wbs: the parentId chain has a cycle');
        this.computeSummaries();
        this.rebuildRows();
    }

    /** Orders the activities inside each WBS node (P6 sorts within the grouping): by `compare`,
     *  or by sortOrder when it is null. The caller rebuilds the rows. */
    sortActivities(compare) {
        const order = compare ? (x, y) => compare(x, y) || bySort(x, y) : bySort;
        this.looseActivities.sort(order);
        for (const w of this.wbs.values()) w.items.sort(order);
    }

    /** WBS nodes parents-first, by an explicit stack: a 100,000-deep tree must not overflow. */
    #depthFirst() {
        const out = [];
        const stack = [];
        for (let i = this.roots.length - 1; i >= 0; i--) stack.push([this.roots[i], 0]);
        while (stack.length) {
            const [w, depth] = stack.pop();
            w.depth = depth;
            out.push(w);
            for (let i = w.children.length - 1; i >= 0; i--) stack.push([w.children[i], depth + 1]);
        }
        return out;
    }

    /** Summary span of every WBS node: children before parents, so one pass bottom-up is enough. */
    computeSummaries() {
        for (const w of this.order) { w.start = null; w.finish = null; w.critical = false; w.baselineStart = null; w.baselineFinish = null; }
        for (let i = this.order.length - 1; i >= 0; i--) {
            const w = this.order[i];
            for (const a of w.items) merge(w, a);
            const parent = w.parentId === null ? null : this.wbs.get(w.parentId);
            if (parent && w.start !== null) merge(parent, w);
        }
    }

    /** The visible rows: collapsed WBS nodes hide everything below them; a node's own activities
     *  come before its sub-nodes, as P6 lists them. */
    rebuildRows() {
        const rows = [];
        const stack = [];
        const pushNode = (w) => stack.push(w);
        for (let i = this.roots.length - 1; i >= 0; i--) pushNode(this.roots[i]);
        while (stack.length) {
            const w = stack.pop();
            rows.push({ kind: 'wbs', item: w, depth: w.depth });
            if (w.collapsed) continue;
            for (const a of w.items) rows.push({ kind: 'activity', item: a, depth: w.depth + 1 });
            for (let i = w.children.length - 1; i >= 0; i--) pushNode(w.children[i]);
        }
        for (const a of this.looseActivities) rows.push({ kind: 'activity', item: a, depth: 0 });
        this.rows = rows;
        this.rowOfActivity = new Map();
        for (let i = 0; i < rows.length; i++) if (rows[i].kind === 'activity') this.rowOfActivity.set(rows[i].item.id, i);
    }

    /** The row an activity shows in, expanding its WBS ancestors if they were collapsed. */
    reveal(activityId) {
        const a = this.activities.get(activityId);
        if (!a) return -1;
        let w = a.wbsId === null ? null : this.wbs.get(a.wbsId);
        let changed = false;
        while (w) { if (w.collapsed) { w.collapsed = false; changed = true; } w = w.parentId === null ? null : this.wbs.get(w.parentId); }
        if (changed) this.rebuildRows();
        return this.rowOfActivity.get(activityId) ?? -1;
    }
}

function merge(summary, x) {
    if (x.start !== null && (summary.start === null || x.start < summary.start)) summary.start = x.start;
    if (x.finish !== null && (summary.finish === null || x.finish > summary.finish)) summary.finish = x.finish;
    if (x.baselineStart !== null && (summary.baselineStart === null || x.baselineStart < summary.baselineStart)) summary.baselineStart = x.baselineStart;
    if (x.baselineFinish !== null && (summary.baselineFinish === null || x.baselineFinish > summary.baselineFinish)) summary.baselineFinish = x.baselineFinish;
    if (x.critical) summary.critical = true;
}
