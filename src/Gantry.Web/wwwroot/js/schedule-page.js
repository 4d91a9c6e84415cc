// The schedule page: loads the schedule document, hands it to the Gantt (js/gantt/gantt.js, which
// runs first and sets window.GantryGantt), shows the selected activity, and turns the planner's
// edits (activity table, detail panel, drags on bars) into schedule API calls whose answer (the
// rows the edit and the reschedule changed) is patched into the document in place and redrawn.
import { ActivityTable } from './schedule/activity-table.js';
import { fillFilterOptions, filterPayload, readFilters } from './schedule/table-filters.js';
import { linkTexts } from './schedule/link-text.js';
import { installImport } from './schedule/import-panel.js';
import { workingDaysBetween } from './schedule/working-days.js';
import { EditResult } from './schedule/table-edits.js';
import { problemText } from './schedule/problem-text.js';
const root = document.getElementById('schedule-page');
const text = JSON.parse(document.getElementById('schedule-text').textContent);
const projectId = root.dataset.projectId;
const canEdit = root.dataset.canEdit === 'true';
const api = `/api/v1/projects/${projectId}/schedule`;
const $ = id => root.querySelector(`[data-testid=${id}]`);
const t = (key, ...args) => (text[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => String(args[+i] ?? ''));

const container = document.getElementById('schedule-gantt');
let gantt = null;
let data = null;            // the whole document as loaded; kept in step with every answer
let byId = new Map();
let selectedId = null;
let wbsById = new Map();
let calendarsById = new Map();
let links = { predecessors: new Map(), successors: new Map() };
let organisations = [];       // every organisation, for the responsible-organisation cell
let people = [];              // the project's members, for the responsible-person cell

const days = minutes => (minutes === null || minutes === undefined ? '' : +(minutes / (data.minutesPerDay || 480)).toFixed(2));
const shown = iso => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

function showError(message) {
    const box = $('schedule-error');
    box.textContent = message ?? '';
    box.hidden = !message;
}

/** The detail panel's answer: red when the save was refused, green when it went through. */
function detailMessage(message, outcome) {
    const box = $('detail-message');
    box.textContent = message;
    box.classList.toggle('text-danger', outcome === 'error');
    box.classList.toggle('text-success', outcome === 'saved');
}

async function send(method, url, body) {
    return fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
    });
}

// ---- loading and drawing ---------------------------------------------------------------------

async function load() {
    container.setAttribute('aria-busy', 'true');
    const response = await fetch(api, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        showError(t('Schedule.LoadFailed', await problemText(response)));
        return;
    }
    data = await response.json();
    draw();
    container.setAttribute('aria-busy', 'false');
}

/** Lookups the table's cells read on every paint, rebuilt once per loaded document (O(activities + links)). */
function index() {
    byId = new Map(data.activities.map(a => [a.id, a]));
    wbsById = new Map(data.wbs.map(w => [w.id, w]));
    calendarsById = new Map((data.calendars ?? []).map(c => [c.id, c]));
    links = linkTexts(data.links, id => byId.get(id)?.code ?? '?', data.minutesPerDay || 480);
    fillFilterOptions($, data, t);
}

/** The document the chart shows: what passes the table's filters. */
function visiblePayload() {
    return filterPayload(data, readFilters($));
}

/**
 * Patches an edit's answer into the document: the rows it changed (dates, floats, critical flags,
 * versions, driving links) replace ours, removed rows go, new ones join. No document reload: the
 * answer carries every row whose stored values changed. Then redraws keeping the view where the
 * planner was, outlines the moved bars, tints their rows and lists them.
 */
function refresh(result) {
    if (result.removedActivities.size) data.activities = data.activities.filter(a => !result.removedActivities.has(a.id));
    if (result.removedLinks.size || result.removedActivities.size) {
        data.links = data.links.filter(l => !result.removedLinks.has(l.id)
            && !result.removedActivities.has(l.predecessorId) && !result.removedActivities.has(l.successorId));
    }
    // By id over the document itself: an insert has already put a placeholder row there.
    const rows = new Map(data.activities.map(a => [a.id, a]));
    for (const row of result.activities.values()) {
        const a = rows.get(row.id);
        if (a) Object.assign(a, row); else data.activities.push(row);
    }
    const linkRows = new Map(data.links.map(l => [l.id, l]));
    for (const row of result.links.values()) {
        const l = linkRows.get(row.id);
        if (l) Object.assign(l, row); else data.links.push(row);
    }
    if (result.finish !== undefined) data.finish = result.finish;
    if (result.revision !== undefined) data.version = result.revision;
    const moved = [...result.moved.values()];
    index();
    gantt.setData(visiblePayload(), { keepView: true });
    gantt.markMoved(moved);
    showFacts();
    showMoved(moved);
    select(gantt.selection.size === 1 ? [...gantt.selection][0] : null);
}

/** Loads the whole document again keeping the view: after a conflict, when our copy is known to be stale. */
async function reload() {
    const response = await fetch(api, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(t('Schedule.LoadFailed', await problemText(response)));
    data = await response.json();
    index();
    gantt.setData(visiblePayload(), { keepView: true });
    showFacts();
    select(gantt.selection.size === 1 ? [...gantt.selection][0] : null);
}

const state = {
    t,
    activity: id => byId.get(id),
    wbsCode: id => (id ? wbsById.get(id)?.code ?? '' : ''),
    calendars: () => data?.calendars ?? [],
    calendarName: id => (id ? calendarsById.get(id)?.name ?? '' : ''),
    links: () => links,
    organisations: () => organisations,
    organisationName: a => a?.responsibleOrganisationName ?? '',
    people: () => people,
    personName: id => (id ? people.find(p => p.userId === id)?.displayName ?? '' : ''),
    minutesPerDay: () => data?.minutesPerDay || 480,
};

const table = new ActivityTable({
    root, $, t, api, send, problemText, canEdit, state, refresh, reload,
    data: () => data,
    activity: id => byId.get(id),
    message(message, error) {
        const box = $('table-message');
        box.textContent = message ?? '';
        box.classList.toggle('text-danger', !!error);
    },
});

function draw() {
    if (!gantt) {
        container.replaceChildren();
        gantt = window.GantryGantt.create(container, { locale: root.dataset.locale, zoom: currentZoom() });
        // The chart and the table are reachable from the element, for the browser tests and the console.
        container.gantryGantt = gantt;
        container.activityTable = table;
        table.attach(gantt);
        container.addEventListener('gantt:select', e => select(e.detail.ids.length === 1 ? e.detail.ids[0] : null));
        if (canEdit) {
            container.addEventListener('gantt:bar-moved', e => barMoved(e.detail));
            container.addEventListener('gantt:bar-resized', e => barResized(e.detail));
            container.addEventListener('gantt:link-created', e => linkCreated(e.detail));
        }
    }
    index();
    try {
        gantt.setData(visiblePayload());
    } catch (e) {
        showError(t('Schedule.LoadFailed', e.message));
        return;
    }
    showFacts();
    if (selectedId && gantt.model.activities.has(selectedId)) {
        gantt.select([selectedId]);
    } else {
        select(null);
    }
}

function showFacts() {
    $('schedule-facts').textContent =
        `${t('Schedule.DataDate')} ${shown(data.dataDate)} · ${t('Schedule.Finish')} ${shown(data.finish)} · ${t('Schedule.Activities')} ${data.activities.length}`;
}

function currentZoom() {
    return root.querySelector('[data-zoom].active')?.dataset.zoom ?? 'day';
}

// ---- the detail panel ------------------------------------------------------------------------

function linkItems(list, links, otherEnd) {
    list.replaceChildren();
    if (links.length === 0) {
        const li = document.createElement('li');
        li.className = 'text-secondary';
        li.textContent = t('Detail.NoLinks');
        list.append(li);
    }
    for (const l of links) {
        const other = byId.get(l[otherEnd]);
        const li = document.createElement('li');
        li.dataset.testid = 'detail-link';
        li.textContent = `${other ? other.code : '?'} ${other ? other.name : ''} · ${l.type}${l.lagMinutes ? ` · ${t('Detail.Lag', days(l.lagMinutes))}` : ''}`;
        list.append(li);
    }
}

function select(id) {
    selectedId = id;
    const a = id ? byId.get(id) : null;
    $('detail-empty').hidden = !!a;
    const form = $('detail-form');
    form.hidden = !a;
    detailMessage('');
    // The network view opens on the selected activity, else on the end of the programme.
    const network = document.querySelector('[data-testid=schedule-network-link]');
    if (network) network.search = a ? `?activity=${encodeURIComponent(a.id)}` : '';
    if (!a) return;
    $('detail-code').value = a.code;
    $('detail-name').value = a.name;
    $('detail-duration').value = days(a.originalDurationMinutes);
    $('detail-start').textContent = shown(a.start);
    $('detail-finish').textContent = shown(a.finish);
    $('detail-float').textContent = days(a.totalFloatMinutes);
    $('detail-organisation').textContent = a.responsibleOrganisationName ?? '';
    $('detail-constraint').value = a.constraint?.type ?? '';
    $('detail-constraint-date').value = a.constraint?.date ? a.constraint.date.slice(0, 16) : '';
    linkItems($('detail-predecessors'), data.links.filter(l => l.successorId === id), 'predecessorId');
    linkItems($('detail-successors'), data.links.filter(l => l.predecessorId === id), 'successorId');
    for (const input of form.querySelectorAll('input, select')) input.disabled = !canEdit;
}

/** Only the fields the planner changed go into the PATCH, with the version the page loaded. */
function patchFromForm(a) {
    const patch = { version: a.version };
    const code = $('detail-code').value.trim();
    const name = $('detail-name').value.trim();
    if (code !== a.code) patch.code = code;
    if (name !== a.name) patch.name = name;
    const d = Number($('detail-duration').value);
    if ($('detail-duration').value === '' || !Number.isFinite(d) || d < 0) throw new Error(t('Detail.BadDuration'));
    const minutes = Math.round(d * (data.minutesPerDay || 480));
    if (minutes !== a.originalDurationMinutes) patch.originalDurationMinutes = minutes;
    const type = $('detail-constraint').value;
    const date = $('detail-constraint-date').value;
    const oldType = a.constraint?.type ?? '';
    const oldDate = a.constraint?.date ? a.constraint.date.slice(0, 16) : '';
    if (type === '' && oldType !== '') {
        patch.clear = ['constraint'];
    } else if (type !== '' && (type !== oldType || date !== oldDate)) {
        const needsDate = type !== 'AsSoonAsPossible' && type !== 'AsLateAsPossible';
        if (needsDate && !date) throw new Error(t('Detail.NeedDate'));
        patch.constraintType = type;
        if (date) patch.constraintDate = `${date}:00`;
    }
    return patch;
}

async function saveDetail(event) {
    event.preventDefault();
    const a = byId.get(selectedId);
    if (!a || !canEdit) return;
    let patch;
    try {
        patch = patchFromForm(a);
    } catch (e) {
        detailMessage(e.message, 'error');
        return;
    }
    await patchActivity(a, patch);
}

// ---- edits through the API -------------------------------------------------------------------

async function patchActivity(a, patch) {
    const response = await send('PATCH', `${api}/activities/${a.id}`, patch);
    if (response.status === 409) {
        await load();
        detailMessage(t('Detail.Conflict'), 'error');
        return;
    }
    if (!response.ok) {
        detailMessage(t('Detail.Refused', await problemText(response)), 'error');
        gantt.draw();     // drops the drag preview of a refused drop
        return;
    }
    refresh(new EditResult().add(await response.json()));
    detailMessage(t('Detail.Saved'), 'saved');
}

function showMoved(moved) {
    $('moved-panel').hidden = false;
    $('moved-summary').textContent = moved.length ? t('Moved.Count', moved.length, shown(data.finish)) : t('Moved.None');
    const list = $('moved-list');
    list.replaceChildren();
    for (const m of moved) {
        const li = document.createElement('li');
        li.dataset.testid = 'moved-item';
        const link = document.createElement('a');
        link.href = '#';
        link.textContent = m.code;
        link.addEventListener('click', e => { e.preventDefault(); gantt.scrollToActivity(m.id); gantt.select([m.id]); });
        li.append(link, ` ${shown(m.oldStart)} → ${shown(m.start)} · ${shown(m.oldFinish)} → ${shown(m.finish)}`);
        list.append(li);
    }
}

// A drag of the whole bar sets a start-no-earlier-than constraint, as a planner does in P6.
function barMoved({ id, start }) {
    const a = byId.get(id);
    if (a) patchActivity(a, { version: a.version, constraintType: 'StartNoEarlierThan', constraintDate: start });
}

// A drag of the bar's end changes the duration by the working days between the old and new finish
// (holiday exceptions are left to the engine, which reschedules from the new duration).
function barResized({ id, finish }) {
    const a = byId.get(id);
    if (!a) return;
    const minutes = Math.max(0, (a.originalDurationMinutes ?? 0) + workingDaysBetween(data, a.calendarId, a.finish, finish) * (data.minutesPerDay || 480));
    patchActivity(a, { version: a.version, originalDurationMinutes: minutes });
}

const LINK_TYPES = { FS: 'finishToStart', SS: 'startToStart', FF: 'finishToFinish', SF: 'startToFinish' };

async function linkCreated({ predecessorId, successorId, type }) {
    const response = await send('POST', `${api}/links`, { predecessorId, successorId, type: LINK_TYPES[type], lagMinutes: 0 });
    if (!response.ok) {
        showError(t('Detail.Refused', await problemText(response)));
        return;
    }
    showError(null);
    refresh(new EditResult().add(await response.json()));
}

// ---- toolbar -----------------------------------------------------------------------------------

for (const b of root.querySelectorAll('[data-zoom]')) {
    b.addEventListener('click', () => {
        root.querySelectorAll('[data-zoom]').forEach(x => x.classList.toggle('active', x === b));
        gantt?.setZoom(b.dataset.zoom);
    });
}
for (const id of ['critical-only', 'filter-wbs', 'filter-organisation', 'filter-from', 'filter-to']) {
    $(id).addEventListener('change', () => data && draw());
}
let searchTimer = 0;
$('filter-text').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => data && draw(), 200);
});

function setAllWbs(collapsed) {
    if (!gantt) return;
    for (const w of gantt.model.wbs.values()) {
        if (w.collapsed !== collapsed) gantt.toggleWbs(w.id);
    }
}
$('expand-all').addEventListener('click', () => setAllWbs(false));
$('collapse-all').addEventListener('click', () => setAllWbs(true));

$('export-png').addEventListener('click', async () => {
    const blob = await gantt.exportPng();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${data.projectCode || 'schedule'}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

if (canEdit) {
    installImport({ $, t, api, problemText, showError, load });
    $('detail-form').addEventListener('submit', saveDetail);
    $('table-insert').addEventListener('click', () => table.insert());
    $('table-delete').addEventListener('click', () => table.askDelete());
    $('delete-yes').addEventListener('click', () => table.confirmDelete());
    $('delete-no').addEventListener('click', () => table.cancelDelete());
}

/** Lists for the organisation and person cells; a refusal leaves them empty (the cell then offers none). */
async function loadChoices() {
    const get = async url => {
        const r = await fetch(url, { headers: { Accept: 'application/json' } });
        return r.ok ? r.json() : [];
    };
    [organisations, people] = await Promise.all([get('/api/v1/organisations'), get(`/api/v1/projects/${projectId}/members`)]);
}

loadChoices().catch(() => { organisations = []; people = []; });
load().catch(e => showError(t('Schedule.LoadFailed', e.message)));
