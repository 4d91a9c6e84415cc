// The plan page: a tap on a task row (or on "Edit") opens its editor row below it; on an item,
// "Edit" opens its editor. The forms post to the page, which saves through the plan's use cases
// and answers a stale version with the current values and the refused entry.
const page = document.querySelector('[data-testid=plan-items]');

function toggle(trigger) {
    const editor = document.getElementById(trigger.dataset.editTarget);
    if (!editor) return;
    editor.hidden = !editor.hidden;
    for (const b of document.querySelectorAll(`[aria-controls="${editor.id}"]`)) b.setAttribute('aria-expanded', String(!editor.hidden));
    if (!editor.hidden) editor.querySelector('input:not([type=hidden]), select')?.focus({ preventScroll: true });
}

if (page) {
    page.addEventListener('click', e => {
        const trigger = e.target.closest('[data-edit-target]');
        if (!trigger) return;
        // Buttons and links inside a row (remove) do their own work; the row itself and "Edit" open the editor.
        const control = e.target.closest('button, a, input, select, form');
        if (control && !control.matches('[data-testid=task-edit], [data-testid=item-edit]')) return;
        toggle(trigger);
    });
    // After a refused save the page comes back with that editor open: bring it into view.
    const reopened = page.querySelector('.plan-editor:not([hidden])');
    reopened?.scrollIntoView({ block: 'center' });
}
