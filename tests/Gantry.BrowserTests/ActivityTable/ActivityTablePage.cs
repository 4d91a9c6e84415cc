using System.Globalization;

namespace Gantry.BrowserTests.ActivityTable;

/// <summary>Steps the activity-table journeys share: a new project of one's own, the chart and table in the page, waiting for saves.</summary>
public static class ActivityTablePage
{
    public const string Chart = "document.getElementById('schedule-gantt').gantryGantt";
    public const string Table = "document.getElementById('schedule-gantt').activityTable";

    /// <summary>
    /// Creates a project through the API as the signed-in user (who becomes its project manager),
    /// planned from Monday 1 March 2027, optionally with activities (code, days) in a chain-free list, and opens its schedule.
    /// </summary>
    public static async Task<string> NewProjectScheduleAsync(IPage page, params (string Code, string Name, int Days)[] activities)
    {
        await page.GotoAsync("/");
        string code = "AT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var body = string.Join(",", activities.Select((a, i) => string.Create(CultureInfo.InvariantCulture,
            $$"""{"code":"{{a.Code}}","name":"{{a.Name}}","sortOrder":{{(i + 1) * 10}},"originalDurationMinutes":{{a.Days * 480}}}""")));
        string projectId = await page.EvaluateAsync<string>($$"""
            async () => {
              const orgs = await (await fetch('/api/v1/organisations')).json();
              const owner = orgs.find(o => o.type === 'owner') ?? orgs[0];
              const r = await fetch('/api/v1/projects', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ code: '{{code}}', name: '表格测试 {{code}}', type: 'building', ownerOrganisationId: owner.id,
                  contractAmount: 1000000, currency: 'CNY', plannedStart: '2027-03-01', plannedFinish: '2027-12-31' }) });
              if (!r.ok) throw new Error('project: ' + r.status + ' ' + await r.text());
              const project = await r.json();
              for (const a of [{{body}}]) {
                const x = await fetch(`/api/v1/projects/${project.id}/schedule/activities`, { method: 'POST',
                  headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
                if (!x.ok) throw new Error('activity: ' + x.status + ' ' + await x.text());
              }
              return project.id;
            }
            """);
        await page.GotoAsync($"/projects/{projectId}/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        return projectId;
    }

    /// <summary>Waits until every queued edit of the table has been saved and redrawn.</summary>
    public static Task WaitIdleAsync(IPage page) => page.EvaluateAsync($$"""
        async () => { const t = {{Table}}; let q; do { q = t.queue; await q; } while (q !== t.queue); }
        """);

    /// <summary>The row of an activity in the grid, in client pixels: the centre of its cell in column <paramref name="key"/>.</summary>
    public static async Task<(float X, float Y)> CellCentreAsync(IPage page, string code, string key)
    {
        var box = await page.EvaluateAsync<double[]>($$"""
            () => {
              const g = {{Chart}};
              const a = [...g.model.activities.values()].find(x => x.code === '{{code}}');
              g.setActiveCell(a.id, '{{key}}');
              const b = g.cellBox(a.id, '{{key}}');
              return [b.left + b.width / 2, b.top + b.height / 2];
            }
            """);
        return ((float)box[0], (float)box[1]);
    }

    /// <summary>What one cell shows (or would show, for a hidden column), as the grid paints it.</summary>
    public static Task<string> CellTextAsync(IPage page, string code, string key) => page.EvaluateAsync<string>($$"""
        () => {
          const g = {{Chart}};
          const a = [...g.model.activities.values()].find(x => x.code === '{{code}}');
          const row = g.model.rows[g.model.rowOfActivity.get(a.id)];
          // Any column the table offers, shown or not.
          return String({{Table}}.columns.find(c => c.key === '{{key}}').value(a, row, g.scene()));
        }
        """);

    public static Task<string[]> CodesAsync(IPage page) =>
        page.EvaluateAsync<string[]>($"() => {Chart}.model.rows.filter(r => r.kind === 'activity').map(r => r.item.code)");

    public static Task<string> MessageAsync(IPage page) => page.InnerTextAsync("[data-testid=table-message]");
}
