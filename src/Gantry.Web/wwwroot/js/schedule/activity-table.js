// The activity table: the chart's frozen grid made spreadsheet-like. Columns come from the
// chooser, a header click sorts, a cell is edited in place (double-click, F2, Enter or just
// typing), and rows are inserted, deleted, copied and pasted from the keyboard. Edits run one
// after another, so fast typing never sends a stale version.
import { CellEditor } from './cell-editor.js';
import { allColumns, loadChoice, renderChooser, resetChoice, saveChoice, shownColumns } from './table-columns.js';
import { ConflictError, EditResult, saveCell } from './table-edits.js';
import { copyActivities, deleteActivities, insertActivity, pasteCells } from './table-commands.js';

const SORT_VALUES = {
    code: a => a.code, name: a => a.name, start: a => a.start, finish: a => a.finish, baselineStart: a => a.baselineStart ?? Infinity,
    baselineFinish: a => a.baselineFinish ?? Infinity, totalFloat: a => a.totalFloatMinutes ?? Infinity,
    freeFloat: a => a.freeFloatMinutes ?? Infinity, critical: a => (a.critical ? 0 : 1), duration: a => a.originalDurationMinutes ?? 0,
};

export class ActivityTable {
    /**
     * `ctx`: { root, $, t, api, send, problemText, canEdit, data(), activity(id), gantt(), state,
     * refresh(result) (patches the answer's rows into the document and redraws, keeping the view),
     * reload() (loads the whole document again, after a conflict), message(text, error) }.
     */
    constructor(ctx) {
        this.ctx = ctx;
        this.columns = allColumns(ctx.state);
        this.choice = loadChoice(this.columns);
        this.queue = Promise.resolve();
        this.clipboard = null;        // ids of the rows copied with Ctrl+C in this page
        this.copiedText = null;       // and the text put on the system clipboard with them
        this.pasteHandled = false;
        this.editor = new CellEditor(document.body, (target, value, move) => this.#commit(target, value, move), () => this.#refocus());
        renderChooser(ctx.$('column-list'), this.columns, this.choice, () => this.#choiceChanged());
        ctx.$('column-reset').addEventListener('click', () => {
            resetChoice();
            this.choice = loadChoice(this.columns);
            this.#choiceChanged(false);
        });
    }

    /** Wires the table to the chart once it exists. */
    attach(gantt) {
        this.g = gantt;
        gantt.setColumns(shownColumns(this.columns, this.choice));
        const c = gantt.container;
        c.addEventListener('gantt:header-click', e => this.#sortBy(e.detail.key));
        c.addEventListener('gantt:column-resized', e => {
            const chosen = this.choice.find(x => x.key === e.detail.key);
            if (chosen) { chosen.width = e.detail.width; this.#choiceChanged(); }
        });
        c.addEventListener('gantt:cell-edit', e => this.edit(e.detail.id, e.detail.key));
        c.addEventListener('keydown', e => this.#key(e));
        c.addEventListener('copy', e => this.#copyEvent(e));
        c.addEventListener('paste', e => this.#pasteEvent(e));
    }

    #choiceChanged(save = true) {
        if (save) saveChoice(this.choice);
        renderChooser(this.ctx.$('column-list'), this.columns, this.choice, () => this.#choiceChanged());
        this.g?.setColumns(shownColumns(this.columns, this.choice));
    }

    #sortBy(key) {
        const value = SORT_VALUES[key];
        const current = this.g.sort;
        const pick = value ?? (a => String(this.columns.find(c => c.key === key).value(a, { kind: 'activity' }, this.g.scene())));
        // Ascending, then descending, then back to the planned order.
        if (current && current.key === key && current.descending) { this.g.setSort(null); return; }
        const descending = !!(current && current.key === key);
        const sign = descending ? -1 : 1;
        const compare = (x, y) => {
            const a = pick(x), b = pick(y);
            return sign * (typeof a === 'string' ? a.localeCompare(b, undefined, { numeric: true }) : a - b);
        };
        this.g.setSort({ key, descending, compare });
    }

    /** Opens the editor on a cell (when the planner may edit it); `typed` starts it with that text. */
    edit(id, key, typed = null) {
        if (!this.ctx.canEdit) return;
        const column = this.columns.find(c => c.key === key);
        if (!column) return;
        if (!column.edit) { this.ctx.message(this.ctx.t('Table.ReadOnlyColumn', column.title), true); return; }
        const a = this.ctx.activity(id);
        if (!a) return;
        this.g.setActiveCell(id, key);
        const box = this.g.cellBox(id, key);
        if (!box) return;
        const value = column.edit === 'select' ? selectValue(a, key) : String(column.value(this.g.model.activities.get(id), { kind: 'activity' }, this.g.scene()) ?? '');
        this.editor.start({ id, column, box, value, typed });
    }

    #commit(target, value, move) {
        this.#move(move);
        this.#refocus();
        if (value === null) return;
        this.#run(async () => {
            const a = this.ctx.activity(target.id);
            if (!a) return;
            this.ctx.refresh(await saveCell(this.ctx, a, target.key, value));
            this.ctx.message(this.ctx.t('Table.Saved'), false);
        });
    }

    /** Runs API work one job after another; a 409 reloads and says so, any other refusal is shown. */
    #run(job) {
        this.queue = this.queue.then(job).catch(async e => {
            if (e instanceof ConflictError) {
                await this.ctx.reload();
                this.ctx.message(this.ctx.t('Detail.Conflict'), true);
            } else {
                this.ctx.message(e.message, true);
            }
        });
        return this.queue;
    }

    /** Waits for the edits in flight (the browser tests use it too). */
    idle() { return this.queue; }

    #refocus() { this.g.container.focus({ preventScroll: true }); }

    #move(move) {
        const cell = this.g.activeCell;
        if (!move || !cell) return;
        const rows = this.g.model.rows;
        if (move === 'left' || move === 'right') {
            const cols = this.g.columns;
            const i = cols.findIndex(c => c.key === cell.key) + (move === 'right' ? 1 : -1);
            if (i >= 0 && i < cols.length) this.g.setActiveCell(cell.id, cols[i].key);
            return;
        }
        const step = move === 'down' ? 1 : -1;
        let row = this.g.model.rowOfActivity.get(cell.id) ?? -1;
        do { row += step; } while (row >= 0 && row < rows.length && rows[row].kind !== 'activity');
        if (row < 0 || row >= rows.length) return;
        this.g.setActiveCell(rows[row].item.id, cell.key);
        this.g.select([rows[row].item.id]);
    }

    selectedActivities() {
        return [...this.g.selection].map(id => this.ctx.activity(id)).filter(Boolean);
    }

    #key(e) {
        if (e.target !== this.g.container) return;
        const ctrl = e.ctrlKey || e.metaKey;
        const cell = this.g.activeCell;
        if (ctrl && e.key.toLowerCase() === 'c') { this.#copy(); return; }
        if (ctrl && e.key.toLowerCase() === 'v') { this.#pasteKey(); return; }
        if (!this.ctx.canEdit) return;
        if (e.key === 'Insert') { e.preventDefault(); this.insert(); return; }
        if (e.key === 'Delete') { e.preventDefault(); this.askDelete(); return; }
        if (!cell) return;
        if (e.key === 'F2' || e.key === 'Enter') { e.preventDefault(); this.edit(cell.id, cell.key); return; }
        if (e.key.length === 1 && !ctrl && !e.altKey) {
            const column = this.columns.find(c => c.key === cell.key);
            if (column?.edit && column.edit !== 'select') { e.preventDefault(); this.edit(cell.id, cell.key, e.key); }
        }
    }

    // ---- row commands ---------------------------------------------------------------------------

    /** Inserts an activity under the selected row (its WBS), then edits the new row's name. */
    insert() {
        if (!this.ctx.canEdit) return Promise.resolve();
        const after = this.selectedActivities().pop() ?? null;
        return this.#run(async () => {
            const { id, answer } = await insertActivity(this.ctx, after ? this.ctx.activity(after.id) : null);
            this.ctx.refresh(new EditResult().add(answer));
            this.g.select([id]);
            this.edit(id, 'name');
        });
    }

    /** Asks before deleting: the confirmation bar names how many and which. */
    askDelete() {
        const chosen = this.selectedActivities();
        if (!this.ctx.canEdit || chosen.length === 0) return;
        const bar = this.ctx.$('delete-confirm');
        this.ctx.$('delete-question').textContent = this.ctx.t('Delete.Question', chosen.length, chosen.slice(0, 8).map(a => a.code).join(', ')
            + (chosen.length > 8 ? ' …' : ''));
        bar.hidden = false;
        this.pendingDelete = chosen.map(a => a.id);
        this.ctx.$('delete-yes').focus();
    }

    confirmDelete() {
        const ids = this.pendingDelete ?? [];
        this.pendingDelete = null;
        this.ctx.$('delete-confirm').hidden = true;
        this.#refocus();
        return this.#run(async () => {
            const { result, refused } = await deleteActivities(this.ctx, ids.map(id => this.ctx.activity(id)).filter(Boolean));
            this.ctx.refresh(result);
            const done = ids.length - refused.length;
            const lines = [this.ctx.t('Delete.Done', done), ...refused.map(r => this.ctx.t('Delete.Refused', r.code, r.message))];
            this.ctx.message(lines.join('\n'), refused.length > 0);
        });
    }

    cancelDelete() {
        this.pendingDelete = null;
        this.ctx.$('delete-confirm').hidden = true;
        this.#refocus();
    }

    #copy() {
        const chosen = this.selectedActivities();
        if (chosen.length === 0) return;
        this.clipboard = chosen.map(a => a.id);
        const perDay = this.ctx.data().minutesPerDay || 480;
        this.copiedText = chosen.map(a => [a.code, a.name, +(a.originalDurationMinutes / perDay).toFixed(2)].join('\t')).join('\n');
        this.ctx.message(this.ctx.t('Copy.Copied', chosen.length), false);
    }

    /** The text of copied rows, for Excel (the browser's copy event carries it). */
    #copyEvent(e) {
        if (!this.copiedText || e.target !== this.g.container) return;
        e.clipboardData?.setData('text/plain', this.copiedText);
        e.preventDefault();
    }

    /**
     * Ctrl+V: the browser's paste event follows with the clipboard's text. Text from elsewhere is
     * pasted into the cells; no text, or the rows this page copied, duplicates those rows.
     */
    #pasteKey() {
        this.pasteHandled = false;
        setTimeout(() => {
            if (!this.pasteHandled && this.clipboard && this.ctx.canEdit) this.duplicate(this.clipboard);
        }, 60);
    }

    #pasteEvent(e) {
        if (e.target !== this.g.container) return;
        const text = e.clipboardData?.getData('text/plain') ?? '';
        e.preventDefault();
        if (!this.ctx.canEdit) return;
        if (text === '' || text === this.copiedText) {
            if (this.clipboard && !this.pasteHandled) { this.pasteHandled = true; this.duplicate(this.clipboard); }
            return;
        }
        this.pasteHandled = true;
        this.pasteText(text);
    }

    duplicate(ids) {
        this.pasteHandled = true;
        return this.#run(async () => {
            this.ctx.refresh(await copyActivities(this.ctx, ids.filter(id => this.ctx.activity(id))));
            this.ctx.message(this.ctx.t('Copy.Pasted', ids.length), false);
        });
    }

    /** Pastes Excel text at the active cell (or the first row's name when there is none). */
    pasteText(text) {
        const cell = this.g.activeCell ?? (this.g.model.rowOfActivity.size ? null : { id: null, key: 'name' });
        const key = cell?.key ?? 'name';
        return this.#run(async () => {
            const rows = [];
            const modelRows = this.g.model.rows;
            const from = cell?.id ? this.g.model.rowOfActivity.get(cell.id) ?? modelRows.length : 0;
            for (let i = from; i < modelRows.length; i++) if (modelRows[i].kind === 'activity') rows.push(this.ctx.activity(modelRows[i].item.id));
            const { result, changed } = await pasteCells(this.ctx, text, this.g.columns, key, rows);
            this.ctx.refresh(result);
            this.ctx.message(this.ctx.t('Paste.Done', changed), false);
        });
    }
}

/** The value a select editor starts on: the id or enum name the cell shows. */
function selectValue(a, key) {
    switch (key) {
        case 'type': return a.type;
        case 'calendar': return a.calendarId ?? '';
        case 'constraintType': return a.constraint?.type ?? '';
        case 'organisation': return a.responsibleOrganisationId ?? '';
        case 'person': return a.responsiblePersonId ?? '';
        default: return '';
    }
}
