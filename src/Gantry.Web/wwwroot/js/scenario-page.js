// The scenario page's Gantt, drawn from the scenario's schedule document (same shape as the live
// one). For a planner on an open scenario it is editable like the live schedule's chart: the shared
// Gantt raises the drags (js/gantt/interaction.js) and this page records each as a scenario change,
// which the server reschedules; the chart and the server-rendered comparison are then refreshed.
// The live schedule is never touched here: only "adopt" writes to it.
import { workingDaysBetween } from './schedule/working-days.js';
import { problemText } from './schedule/problem-text.js';

const container = document.getElementById('scenario-gantt');
const LINK_TYPES = { FS: 'finishToStart', SS: 'startToStart', FF: 'finishToFinish', SF: 'startToFinish' };
let gantt = null;
let details = null;
let busy = false;

function showError(message) {
    const box = document.querySelector('[data-testid=scenario-gantt-error]');
    if (!box) return;
    box.textContent = message ?? '';
    box.hidden = !message;
}

async function loadDetails() {
    const response = await fetch(container.dataset.url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    details = await response.json();
    container.dataset.finish = details.schedule.finish ?? '';
    container.dataset.version = String(details.scenario.version);
}

/** Swaps the server-rendered panels (comparison, changes, forms with their version) for fresh ones. */
async function refreshPanels() {
    const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const old of document.querySelectorAll('[data-refresh]')) {
        const next = fresh.querySelector(`[data-refresh="${old.dataset.refresh}"]`);
        if (next) old.replaceWith(document.adoptNode(next));
    }
}

/** Records one change; on success the scenario is reloaded and redrawn, keeping the view. */
async function record(change) {
    if (busy) return;
    busy = true;
    container.setAttribute('aria-busy', 'true');
    try {
        const response = await fetch(`${container.dataset.url}/changes`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ version: details.scenario.version, change }),
        });
        if (!response.ok) {
            showError(await problemText(response));
            gantt.draw();   // drop the drag preview: the bars stay where the engine had them
            return;
        }
        showError(null);
        await loadDetails();
        gantt.setData(details.schedule, { keepView: true });
        await refreshPanels();
    } catch (e) {
        showError(e.message);
    } finally {
        busy = false;
        container.setAttribute('aria-busy', 'false');
    }
}

const activity = id => details.schedule.activities.find(a => a.id === id);

// A drag of the whole bar sets a start-no-earlier-than constraint, as on the live schedule.
function barMoved({ id, start }) {
    record({ kind: 'changeActivity', activityId: id, constraintType: 'startNoEarlierThan', constraintDate: start });
}

// A drag of the bar's end changes the duration by the working days between the old and new finish.
function barResized({ id, finish }) {
    const a = activity(id);
    if (!a) return;
    const perDay = details.schedule.minutesPerDay || 480;
    const minutes = Math.max(0, (a.originalDurationMinutes ?? 0) + workingDaysBetween(details.schedule, a.calendarId, a.finish, finish) * perDay);
    record({ kind: 'changeActivity', activityId: id, durationMinutes: minutes });
}

// A drag between two bars links them; when they are linked already the link takes the dragged type
// (start to start: the overlap a planner tries to bring the finish in), as the link form does.
function linkCreated({ predecessorId, successorId, type }) {
    const existing = details.schedule.links.find(l => l.predecessorId === predecessorId && l.successorId === successorId);
    record(existing
        ? { kind: 'changeLink', linkId: existing.id, linkType: LINK_TYPES[type], lagMinutes: 0 }
        : { kind: 'addLink', predecessorId, successorId, linkType: LINK_TYPES[type], lagMinutes: 0 });
}

async function start() {
    // gantt.js is a module loaded just before this one; it sets window.GantryGantt when it has run.
    while (!window.GantryGantt) {
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    try {
        await loadDetails();
    } catch (e) {
        container.textContent = e.message;
        return;
    }
    gantt = window.GantryGantt.create(container, { locale: container.dataset.locale, zoom: 'week', today: null });
    gantt.setData(details.schedule);
    container.gantryGantt = gantt;
    if (container.dataset.canEdit === 'true') {
        container.addEventListener('gantt:bar-moved', e => barMoved(e.detail));
        container.addEventListener('gantt:bar-resized', e => barResized(e.detail));
        container.addEventListener('gantt:link-created', e => linkCreated(e.detail));
    }
    container.setAttribute('aria-busy', 'false');
}

if (container) {
    start();
}
