// Filter and sort for server-rendered tables and card lists. A search box with data-table-filter="id"
// hides the body rows (or list items) that do not contain its text; a table with data-sortable sorts its
// body rows when a header with data-sort="text|number" is clicked (again for descending); a select with
// data-list-sort="listId" sorts the list's items by the option value "attribute:text|number:asc|desc",
// reading each item's data-attribute. Cells may carry data-value, the value
// to sort by (the raw amount behind a formatted "1,234.50 CNY", or an input's current text).
(() => {
    const cellValue = (cell, kind) => {
        const input = cell?.querySelector('input');
        const raw = input ? input.value : cell?.dataset.value ?? cell?.textContent ?? '';
        if (kind !== 'number') return raw.trim();
        const n = Number(String(raw).replace(/[^0-9.-]/g, ''));
        return Number.isFinite(n) ? n : 0;
    };

    document.querySelectorAll('[data-table-filter]').forEach(box => {
        const target = document.getElementById(box.dataset.tableFilter);
        if (!target) return;
        const items = () => target.tBodies ? [...target.tBodies[0].rows] : [...target.querySelectorAll(':scope > li[data-item]')];
        box.addEventListener('input', () => {
            const needle = box.value.trim().toLowerCase();
            items().forEach(item => {
                item.hidden = needle.length > 0 && !item.textContent.toLowerCase().includes(needle);
            });
        });
    });

    document.querySelectorAll('select[data-list-sort]').forEach(select => {
        const list = document.getElementById(select.dataset.listSort);
        if (!list) return;
        select.addEventListener('change', () => {
            const [attribute, kind, direction] = select.value.split(':');
            const items = [...list.querySelectorAll(':scope > li[data-item]')].map(li => {
                const raw = li.dataset[attribute] ?? '';
                return { li, key: kind === 'number' ? Number(raw) || 0 : raw };
            });
            items.sort((a, b) => {
                const c = kind === 'number' ? a.key - b.key : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
                return direction === 'desc' ? -c : c;
            });
            items.forEach(i => list.appendChild(i.li));
        });
    });

    document.querySelectorAll('table[data-sortable]').forEach(table => {
        table.tHead.querySelectorAll('th[data-sort]').forEach(th => {
            th.style.cursor = 'pointer';
            th.setAttribute('aria-sort', 'none');
            th.addEventListener('click', () => {
                const index = th.cellIndex;
                const kind = th.dataset.sort;
                const ascending = th.getAttribute('aria-sort') !== 'ascending';
                table.tHead.querySelectorAll('th[data-sort]').forEach(other => other.setAttribute('aria-sort', 'none'));
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                const body = table.tBodies[0];
                const rows = [...body.rows].map(tr => ({ tr, key: cellValue(tr.cells[index], kind) }));
                rows.sort((a, b) => {
                    const c = kind === 'number' ? a.key - b.key : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
                    return ascending ? c : -c;
                });
                rows.forEach(r => body.appendChild(r.tr));
            });
        });
    });
})();
