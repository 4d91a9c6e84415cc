// The activity table's filters: critical only, a WBS branch, a responsible organisation, a date
// window and a text search. They narrow the document the chart gets; the links among the
// activities left stay, and a WBS node stays when something under it is left.

/** Reads the filter controls into a plain object. `$` finds a control by its data-testid. */
export function readFilters($) {
    return {
        criticalOnly: $('critical-only').checked,
        wbsId: $('filter-wbs').value || null,
        organisationId: $('filter-organisation').value || null,
        from: $('filter-from').value || null,
        to: $('filter-to').value || null,
        text: $('filter-text').value.trim().toLowerCase(),
    };
}

export const isFiltered = f => f.criticalOnly || f.wbsId !== null || f.organisationId !== null || f.from !== null || f.to !== null || f.text !== '';

/** The part of the document that passes the filters (the document itself when nothing filters). */
export function filterPayload(data, f) {
    if (!isFiltered(f)) return data;
    const parentOf = new Map(data.wbs.map(w => [w.id, w.parentId ?? null]));
    const underChosen = wbsId => {
        for (let w = wbsId, hops = 0; w !== null && w !== undefined && hops <= parentOf.size; w = parentOf.get(w), hops++) {
            if (w === f.wbsId) return true;
        }
        return false;
    };
    // The window compares calendar days: an activity passes when it overlaps [from, to].
    const from = f.from ? `${f.from}T00:00:00` : null;
    const to = f.to ? `${f.to}T23:59:59` : null;
    const activities = data.activities.filter(a =>
        (!f.criticalOnly || a.critical)
        && (f.wbsId === null || underChosen(a.wbsId))
        && (f.organisationId === null || a.responsibleOrganisationId === f.organisationId)
        && (from === null || (a.finish ?? '') >= from)
        && (to === null || (a.start ?? '') <= to)
        && (f.text === '' || a.code.toLowerCase().includes(f.text) || a.name.toLowerCase().includes(f.text)));
    const ids = new Set(activities.map(a => a.id));
    const keep = new Set();
    for (const a of activities) {
        for (let w = a.wbsId ?? null, hops = 0; w !== null && !keep.has(w) && hops <= parentOf.size; w = parentOf.get(w) ?? null, hops++) keep.add(w);
    }
    return {
        ...data,
        wbs: data.wbs.filter(w => keep.has(w.id)),
        activities,
        links: data.links.filter(l => ids.has(l.predecessorId) && ids.has(l.successorId)),
    };
}

/** Fills the WBS and organisation filter lists from the document, keeping the current choice. */
export function fillFilterOptions($, data, t) {
    const fill = (select, items) => {
        const current = select.value;
        const first = select.options[0];
        select.replaceChildren(first);
        for (const [value, label] of items) {
            const o = document.createElement('option');
            o.value = value;
            o.textContent = label;
            select.append(o);
        }
        select.value = items.some(([v]) => v === current) ? current : '';
    };
    // WBS nodes in tree order, indented by depth (an explicit stack: no recursion on deep trees).
    const children = new Map();
    for (const w of data.wbs) {
        const key = w.parentId ?? null;
        if (!children.has(key)) children.set(key, []);
        children.get(key).push(w);
    }
    for (const list of children.values()) list.sort((x, y) => x.sortOrder - y.sortOrder);
    const wbsItems = [];
    const stack = (children.get(null) ?? []).map(w => [w, 0]).reverse();
    while (stack.length) {
        const [w, depth] = stack.pop();
        wbsItems.push([w.id, `${'  '.repeat(depth)}${w.code} ${w.name}`]);
        for (const c of [...(children.get(w.id) ?? [])].reverse()) stack.push([c, depth + 1]);
    }
    fill($('filter-wbs'), wbsItems);
    const organisations = new Map();
    for (const a of data.activities) {
        if (a.responsibleOrganisationId) organisations.set(a.responsibleOrganisationId, a.responsibleOrganisationName ?? t('Table.Unknown'));
    }
    fill($('filter-organisation'), [...organisations].sort((x, y) => x[1].localeCompare(y[1])));
}
