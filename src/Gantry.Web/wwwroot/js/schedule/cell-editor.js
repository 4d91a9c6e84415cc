// The one input that floats over a table cell while it is edited, as in a spreadsheet: Enter
// saves and moves down, Tab saves and moves right (Shift+Tab left), Esc cancels, leaving the cell
// saves. The grid stays a canvas; only this element is DOM, whatever the number of rows.
export class CellEditor {
    /** `host` holds the editor (position: fixed over the cell); `onCommit(value, move)` with move
     *  'down' | 'up' | 'right' | 'left' | null; `onCancel()`. */
    constructor(host, onCommit, onCancel) {
        this.host = host;
        this.onCommit = onCommit;
        this.onCancel = onCancel;
        this.element = null;
        this.target = null;
    }

    get open() { return this.element !== null; }

    /**
     * Opens over `box` (client pixels) for column `column` of activity `id`. `value` is the text to
     * start from; `typed` replaces it (editing began with a key press, as Excel does).
     */
    start({ id, column, box, value, typed = null }) {
        this.close();
        const select = column.edit === 'select';
        const el = document.createElement(select ? 'select' : 'input');
        el.className = `cell-editor form-${select ? 'select' : 'control'} form-control-sm`;
        el.dataset.testid = 'cell-editor';
        el.setAttribute('aria-label', column.title);
        if (select) {
            for (const [v, label] of column.options()) {
                const o = document.createElement('option');
                o.value = v;
                o.textContent = label;
                el.append(o);
            }
            el.value = value ?? '';
        } else {
            el.type = 'text';
            el.value = typed ?? value ?? '';
            if (column.edit === 'date') el.placeholder = 'yyyy-mm-dd';
        }
        Object.assign(el.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${Math.max(box.width, select ? 140 : 80)}px`,
            height: `${box.height}px` });
        // What the cell held before: a typed first key already changes it.
        this.original = select ? el.value : (value ?? '');
        this.target = { id, key: column.key };
        this.element = el;
        el.addEventListener('keydown', e => this.#key(e));
        el.addEventListener('blur', () => { if (this.element === el) this.#finish(null); });
        if (select) el.addEventListener('change', () => this.#finish(null));
        this.host.append(el);
        el.focus();
        if (typed === null && !select) el.select();
        else if (!select) el.setSelectionRange(el.value.length, el.value.length);
    }

    #key(e) {
        if (e.key === 'Escape') { e.preventDefault(); this.cancel(); return; }
        if (e.key === 'Enter') { e.preventDefault(); this.#finish(e.shiftKey ? 'up' : 'down'); return; }
        if (e.key === 'Tab') { e.preventDefault(); this.#finish(e.shiftKey ? 'left' : 'right'); return; }
        e.stopPropagation();
    }

    #finish(move) {
        const el = this.element;
        if (!el) return;
        const target = this.target;
        const value = el.value;
        const changed = value !== this.original;
        this.close();
        this.onCommit(target, changed ? value : null, move);
    }

    cancel() {
        if (!this.element) return;
        this.close();
        this.onCancel();
    }

    close() {
        const el = this.element;
        this.element = null;
        this.target = null;
        el?.remove();
    }
}
