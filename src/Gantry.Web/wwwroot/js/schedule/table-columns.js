// The columns of the activity table as a P6 or MS Project planner expects them, and the column
// chooser's choice (shown, order, width) kept in localStorage per browser.
import { formatShort } from '../gantt/dates.js';

const STORAGE_KEY = 'gantry.activity-table.columns.v1';
const CRITICAL = '#d93a3a';

export const ACTIVITY_TYPES = ['Task', 'StartMilestone', 'FinishMilestone', 'LevelOfEffort', 'WbsSummary'];
export const CONSTRAINT_TYPES = ['StartOn', 'StartNoEarlierThan', 'StartNoLaterThan', 'FinishOn', 'FinishNoEarlierThan',
    'FinishNoLaterThan', 'MandatoryStart', 'MandatoryFinish', 'AsLateAsPossible'];

/**
 * Every column the table offers. `edit` is how a cell is edited: text, number, date, links or
 * select (with options()), absent when it is computed by the engine. `state` is the page's view of
 * the loaded document: { activity(id), wbsCode(id), calendarName(id), links, organisationName(a),
 * personName(id), minutesPerDay, t(key) }.
 */
export function allColumns(state) {
    const t = state.t;
    const raw = it => state.activity(it.id);
    const act = fn => (it, row) => (row.kind === 'activity' ? fn(it, raw(it)) : '');
    const dayCount = minutes => (minutes === null || minutes === undefined ? '' : String(+(minutes / state.minutesPerDay()).toFixed(2)));
    const date = iso => (iso ? iso.slice(0, 10) : '');
    const redIfCritical = (it, row) => (row.kind === 'activity' && it.critical ? CRITICAL : null);
    return [
        { key: 'code', width: 96, edit: 'text', value: it => it.code },
        { key: 'name', width: 220, edit: 'text', value: it => it.name },
        { key: 'wbs', width: 80, edit: 'text', value: act(it => state.wbsCode(it.wbsId)) },
        { key: 'type', width: 96, edit: 'select', value: act(it => t(`Type.${it.type}`)),
            options: () => ACTIVITY_TYPES.map(v => [v, t(`Type.${v}`)]) },
        { key: 'duration', width: 64, right: true, edit: 'number', value: act((it, a) => dayCount(a?.originalDurationMinutes)) },
        { key: 'calendar', width: 110, edit: 'select', value: act((it, a) => state.calendarName(a?.calendarId)),
            options: () => [['', t('Table.ProjectCalendar')], ...state.calendars().map(c => [c.id, c.name])] },
        { key: 'predecessors', width: 150, edit: 'links', value: act(it => state.links().predecessors.get(it.id) ?? '') },
        { key: 'successors', width: 150, edit: 'links', value: act(it => state.links().successors.get(it.id) ?? '') },
        { key: 'constraintType', width: 120, edit: 'select', value: act((it, a) => (a?.constraint ? t(`Constraint.${a.constraint.type}`) : '')),
            options: () => [['', t('Constraint.None')], ...CONSTRAINT_TYPES.map(v => [v, t(`Constraint.${v}`)])] },
        { key: 'constraintDate', width: 96, edit: 'date', value: act((it, a) => date(a?.constraint?.date)) },
        { key: 'baselineStart', width: 90, value: act(it => formatShort(it.baselineStart)) },
        { key: 'baselineFinish', width: 90, value: act(it => formatShort(it.baselineFinish)) },
        { key: 'start', width: 90, value: (it, row, scene) => formatShort(it.start, scene.withTime) },
        { key: 'finish', width: 90, value: (it, row, scene) => formatShort(it.finish, scene.withTime) },
        { key: 'totalFloat', width: 60, right: true, value: act(it => dayCount(it.totalFloatMinutes)), color: redIfCritical },
        { key: 'freeFloat', width: 60, right: true, value: act(it => dayCount(it.freeFloatMinutes)) },
        { key: 'critical', width: 56, value: act(it => (it.critical ? t('Table.Yes') : '')), color: redIfCritical },
        { key: 'organisation', width: 150, edit: 'select', value: act((it, a) => state.organisationName(a)),
            options: () => [['', t('Table.Nobody')], ...state.organisations().map(o => [o.id, o.name])] },
        { key: 'person', width: 100, edit: 'select', value: act((it, a) => state.personName(a?.responsiblePersonId)),
            options: () => [['', t('Table.Nobody')], ...state.people().map(p => [p.userId, p.displayName])] },
    ].map(c => ({ ...c, title: t(`Column.${c.key}`) }));
}

const DEFAULT_SHOWN = new Set(['code', 'name', 'duration', 'predecessors', 'start', 'finish', 'totalFloat', 'critical', 'organisation']);
// On a phone the grid gets 240 px (js/gantt/gantt.js): code, a short name and the finish fit in it,
// so a site engineer reads what is due without scrolling the grid sideways.
const PHONE_SHOWN = new Map([['code', 60], ['name', 96], ['finish', 84]]);
const onPhone = () => typeof matchMedia === 'function' && matchMedia('(max-width: 575.98px)').matches;

/** The chooser's choice: [{ key, shown, width }] in display order; every known column appears once. */
export function loadChoice(columns) {
    let saved = [];
    try {
        const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
        if (Array.isArray(parsed)) saved = parsed;
    } catch {
        saved = [];     // a damaged entry falls back to the defaults rather than breaking the page
    }
    const known = new Map(columns.map(c => [c.key, c]));
    const choice = [];
    for (const s of saved) {
        if (!s || !known.has(s.key) || choice.some(c => c.key === s.key)) continue;
        const width = Number.isFinite(s.width) ? Math.min(800, Math.max(24, Math.round(s.width))) : known.get(s.key).width;
        choice.push({ key: s.key, shown: s.shown !== false, width });
    }
    const phone = saved.length === 0 && onPhone();
    for (const c of columns) {
        if (choice.some(x => x.key === c.key)) continue;
        choice.push(phone
            ? { key: c.key, shown: PHONE_SHOWN.has(c.key), width: PHONE_SHOWN.get(c.key) ?? c.width }
            : { key: c.key, shown: DEFAULT_SHOWN.has(c.key), width: c.width });
    }
    return choice;
}

export function saveChoice(choice) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
}

export function resetChoice() {
    localStorage.removeItem(STORAGE_KEY);
}

/** The columns to give the chart: the shown ones in the chosen order and widths (code always stays). */
export function shownColumns(columns, choice) {
    const byKey = new Map(columns.map(c => [c.key, c]));
    const out = choice.filter(c => c.shown || c.key === 'code').map(c => ({ ...byKey.get(c.key), width: c.width }));
    return out;
}

/** Fills the chooser panel: a row per column with show/hide, move up/down and width. */
export function renderChooser(list, columns, choice, onChange) {
    const byKey = new Map(columns.map(c => [c.key, c]));
    list.replaceChildren();
    choice.forEach((c, i) => {
        const li = document.createElement('li');
        li.className = 'd-flex align-items-center gap-1 py-1';
        li.dataset.testid = `column-${c.key}`;
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'form-check-input m-0';
        box.checked = c.shown || c.key === 'code';
        box.disabled = c.key === 'code';
        box.id = `column-toggle-${c.key}`;
        box.dataset.testid = `column-toggle-${c.key}`;
        box.addEventListener('change', () => { c.shown = box.checked; onChange(); });
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.className = 'flex-grow-1 small';
        label.textContent = byKey.get(c.key).title;
        const move = (delta, glyph, testid) => {
            const b = document.createElement('button');
            b.type = 'button';
            b.className = 'btn btn-sm btn-link p-0 px-1';
            b.textContent = glyph;
            b.dataset.testid = testid;
            b.disabled = i + delta < 0 || i + delta >= choice.length;
            b.addEventListener('click', () => { choice.splice(i + delta, 0, ...choice.splice(i, 1)); onChange(); });
            return b;
        };
        const width = document.createElement('input');
        width.type = 'number';
        width.min = '24';
        width.max = '800';
        width.value = String(c.width);
        width.className = 'form-control form-control-sm column-width';
        width.setAttribute('aria-label', `${byKey.get(c.key).title} px`);
        width.addEventListener('change', () => {
            const w = Number(width.value);
            if (Number.isFinite(w) && w >= 24 && w <= 800) { c.width = Math.round(w); onChange(); }
        });
        li.append(box, label, move(-1, '↑', `column-up-${c.key}`), move(1, '↓', `column-down-${c.key}`), width);
        list.append(li);
    });
}
