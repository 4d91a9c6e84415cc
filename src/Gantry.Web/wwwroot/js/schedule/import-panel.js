// The import form of the schedule page: uploads a .xer, .xml or .xlsx to the import endpoint
// (which replaces the schedule), shows the reader's report and reloads the page's document.
// `ctx`: { $, t, api, problemText, showError, load }.
export function installImport(ctx) {
    const { $, t } = ctx;
    const form = $('import-form');
    $('import-open').addEventListener('click', () => { form.hidden = !form.hidden; });
    $('import-cancel').addEventListener('click', () => { form.hidden = true; });
    form.addEventListener('submit', async e => {
        e.preventDefault();
        const body = new FormData();
        body.append('file', $('import-file').files[0]);
        $('import-submit').disabled = true;
        try {
            const response = await fetch(`${ctx.api}/import`, { method: 'POST', body, headers: { Accept: 'application/json' } });
            if (!response.ok) {
                ctx.showError(t('Schedule.ImportFailed', await ctx.problemText(response)));
                return;
            }
            ctx.showError(null);
            showImportReport(ctx, await response.json());
            form.hidden = true;
            await ctx.load();
        } finally {
            $('import-submit').disabled = false;
        }
    });
}

const shown = iso => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

function showImportReport({ $, t }, report) {
    $('import-report').hidden = false;
    $('import-summary').textContent = t('Schedule.ImportSummary', report.source, report.activities, report.links,
        report.calendars, report.wbsNodes, shown(report.dataDate));
    const list = $('import-notes');
    list.replaceChildren();
    const notes = report.notes ?? [];
    // The first 500 notes: a file with thousands of notes would otherwise build thousands of list items.
    for (const n of notes.slice(0, 500)) {
        const li = document.createElement('li');
        li.textContent = `${n.record}: ${n.message}`;
        list.append(li);
    }
    if (notes.length === 0) {
        const li = document.createElement('li');
        li.className = 'text-secondary';
        li.textContent = t('Schedule.ImportNoNotes');
        list.append(li);
    }
}
