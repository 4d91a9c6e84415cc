// The budget grid as a spreadsheet: type, paste a block copied from Excel (tabs between cells, line
// breaks between rows) or clear cells; changed cells are marked and the row, column and grand totals
// follow at once. "Save" sends every changed cell in one request, which Core saves in one transaction
// or not at all; a refusal names the cells and keeps the user's edits on screen.
(() => {
    const table = document.getElementById('budget-grid');
    const save = document.querySelector('[data-grid-save]');
    if (!table || !save) return;
    const errorBox = document.querySelector('[data-grid-error]');
    const savedBox = document.querySelector('[data-grid-saved]');
    const changedLabel = document.querySelector('[data-grid-changed]');
    const text = (key, ...args) => args.reduce((s, a, i) => s.replaceAll(`{${i}}`, a), table.dataset[key] ?? '');
    const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const format = n => `${money.format(n)} ${table.dataset.currency}`;

    // Excel copies formatted cells as "1,234.50" or "¥1,234.50": the separators and the sign are not the number.
    const parse = raw => {
        const cleaned = raw.replace(/[,\s¥￥\u00a0]/g, '');
        if (cleaned === '') return 0;
        const n = Number(cleaned);
        return Number.isFinite(n) ? n : NaN;
    };
    const cellInputs = () => [...table.querySelectorAll('input[data-code-id]')];
    const changed = () => cellInputs().filter(i => i.value.trim() !== i.dataset.original);

    const recompute = () => {
        const body = [...table.tBodies[0].rows];
        const columnCount = table.tHead.rows[0].cells.length - 2;
        const columnTotals = new Array(columnCount).fill(0);
        for (const tr of body) {
            let rowTotal = 0;
            for (let i = 0; i < columnCount; i++) {
                const td = tr.cells[i + 1];
                const input = td.querySelector('input');
                const value = input ? parse(input.value) : Number(td.querySelector('[data-amount]')?.dataset.amount ?? 0);
                const amount = Number.isNaN(value) ? 0 : value;
                if (input) {
                    td.dataset.value = String(amount);
                    const dirty = input.value.trim() !== input.dataset.original;
                    input.classList.toggle('is-invalid', Number.isNaN(value) || value < 0);
                    td.classList.toggle('table-warning', dirty);
                    input.dataset.changed = dirty ? 'true' : 'false';
                }
                rowTotal += amount;
                columnTotals[i] += amount;
            }
            const totalCell = tr.cells[columnCount + 1];
            totalCell.textContent = format(rowTotal);
            totalCell.dataset.value = String(rowTotal);
        }
        const foot = table.tFoot.rows[0].cells;
        columnTotals.forEach((t, i) => { foot[i + 1].textContent = format(t); });
        foot[columnCount + 1].textContent = format(columnTotals.reduce((a, b) => a + b, 0));
        const count = changed().length;
        changedLabel.textContent = count > 0 ? text('textChanged', count) : '';
    };

    // A pasted block fills the grid from the cell pasted into, rightwards and downwards, over the rows
    // shown (a filtered-out row is skipped, as Excel skips hidden rows); what falls outside is dropped.
    table.addEventListener('paste', event => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement) || !target.dataset.codeId) return;
        const data = event.clipboardData?.getData('text/plain') ?? '';
        if (!/[\t\r\n]/.test(data.replace(/(\r?\n)+$/, ''))) return;
        event.preventDefault();
        const block = data.replace(/(\r?\n)+$/, '').split(/\r?\n/).map(line => line.split('\t'));
        const rows = [...table.tBodies[0].rows].filter(tr => !tr.hidden);
        const startRow = rows.indexOf(target.closest('tr'));
        const startColumn = target.closest('td').cellIndex;
        block.forEach((values, r) => {
            const tr = rows[startRow + r];
            if (!tr) return;
            values.forEach((value, c) => {
                const input = tr.cells[startColumn + c]?.querySelector('input[data-code-id]');
                if (input) input.value = value.trim();
            });
        });
        recompute();
    });
    table.addEventListener('input', recompute);

    const showError = messages => {
        errorBox.replaceChildren(...messages.map(m => Object.assign(document.createElement('div'), { textContent: m })));
        errorBox.classList.toggle('d-none', messages.length === 0);
    };

    save.addEventListener('click', async () => {
        const cells = changed();
        savedBox.classList.add('d-none');
        showError([]);
        if (cells.length === 0) return;
        save.disabled = true;
        try {
            const response = await fetch(table.dataset.api, {
                method: 'PUT',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                body: JSON.stringify({
                    version: Number(table.dataset.version),
                    cells: cells.map(i => ({ wbsNodeId: i.dataset.wbsId || null, costCodeId: i.dataset.codeId, amount: i.value.trim() })),
                }),
            });
            if (response.ok) {
                const result = await response.json();
                cells.forEach(i => { i.dataset.original = i.value.trim(); });
                table.dataset.version = String(result.budget.version);
                document.querySelectorAll('form[data-budget-version] input[name=version]').forEach(v => { v.value = String(result.budget.version); });
                recompute();
                savedBox.textContent = text('textSaved', result.added, result.changed, result.removed);
                savedBox.classList.remove('d-none');
                return;
            }
            const problem = await response.json().catch(() => ({}));
            if (response.status === 409) {
                showError([text('textStale'), problem.detail ?? '']);
            } else if (problem.errors) {
                // Keys are "cells[3].amount": the fourth cell sent, which is marked where it sits.
                for (const key of Object.keys(problem.errors)) {
                    const match = /^cells\[(\d+)\]/.exec(key);
                    if (match) cells[Number(match[1])]?.classList.add('is-invalid');
                }
                showError([text('textErrors'), ...Object.values(problem.errors).flat()]);
            } else {
                showError([text('textFailed', response.status), problem.detail ?? '']);
            }
        } catch (error) {
            showError([text('textFailed', String(error))]);
        } finally {
            save.disabled = false;
        }
    });

    window.addEventListener('beforeunload', event => {
        if (changed().length > 0) {
            event.preventDefault();
            event.returnValue = text('textUnsaved');
        }
    });
    recompute();
})();
