// The scenario page's Gantt: read-only, drawn from the scenario's schedule document (same shape as the live one).
const container = document.getElementById('scenario-gantt');

async function start() {
  // gantt.js is a module loaded just before this one; it sets window.GantryGantt when it has run.
  while (!window.GantryGantt) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  const response = await fetch(container.dataset.url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    container.textContent = `${response.status} ${response.statusText}`;
    return;
  }
  const details = await response.json();
  const gantt = window.GantryGantt.create(container, { locale: container.dataset.locale, zoom: 'week', today: null });
  gantt.setData(details.schedule);
  container.gantryGantt = gantt;
  container.setAttribute('aria-busy', 'false');
  container.dataset.finish = details.schedule.finish ?? '';
}

if (container) {
  start();
}
