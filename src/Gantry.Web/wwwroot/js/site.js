// Small islands of behaviour; every page works without them.
(() => {
    'use strict';
    // Copy-to-clipboard buttons (personal access token shown once).
    document.querySelectorAll('[data-copy-target]').forEach(btn => {
        btn.addEventListener('click', () => {
            const target = document.getElementById(btn.dataset.copyTarget);
            if (!target || !navigator.clipboard) return;
            navigator.clipboard.writeText(target.textContent.trim()).then(() => {
                btn.classList.add('btn-success');
                setTimeout(() => btn.classList.remove('btn-success'), 1500);
            });
        });
    });
    // Confirm destructive actions (archive a project, revoke a token) with the page's own localized text.
    document.querySelectorAll('form[data-confirm]').forEach(form => {
        form.addEventListener('submit', e => {
            if (!window.confirm(form.dataset.confirm)) e.preventDefault();
        });
    });
})();
