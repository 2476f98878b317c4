import Papa from 'papaparse';
import { accessibilityViolations, expect, test } from './fixtures.ts';
import { ContextPage } from './pages/context-page.ts';
import { ExchangesChart } from './pages/exchanges-chart.ts';

interface ContextExport {
  id: string;
  title: string;
  date: string;
  kind: string;
  chinaVote: string | null;
}

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

test.describe('the context page', () => {
  test('lists every context item with its sources, and China’s vote on each Security Council decision', async ({
    page,
    request,
  }) => {
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    expect(context.length).toBeGreaterThan(20);
    const contextPage = new ContextPage(page);
    await contextPage.goto();
    await expect(contextPage.items).toHaveCount(context.length);
    const abstention = context.find((item) => item.chinaVote === 'abstained')!;
    await expect(contextPage.items.filter({ hasText: abstention.title })).toContainText('China abstained');
    const veto = context.find((item) => item.chinaVote === 'vetoed')!;
    await expect(contextPage.items.filter({ hasText: veto.title })).toContainText('China vetoed it');
    await expect(
      contextPage.items.first().getByRole('list', { name: 'Sources' }).getByRole('link').first(),
    ).toHaveAttribute('href', /^https?:\/\//);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('publishes a CSV that reads back as the JSON does', async ({ request }) => {
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    const text = await (await request.get('/context.csv')).text();
    const parsed = Papa.parse<Record<string, string>>(text.replace(/\r\n$/, ''), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.id, row.kind, row.china_vote])).toEqual(
      context.map((item) => [item.id, item.kind, item.chinaVote ?? '']),
    );
  });

  test('is not part of the record: no context item is among the events', async ({ request, record }) => {
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    const eventIds = new Set(ids(record));
    expect(context.filter((item) => eventIds.has(item.id))).toEqual([]);
    const csv = await (await request.get('/events.csv')).text();
    for (const item of context) expect(csv).not.toContain(item.title);
  });
});

test.describe('context on the timeline', () => {
  test('is hidden until the reader asks, then shown between the events and never counted', async ({
    page,
    timeline,
    record,
    request,
  }) => {
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    const toggle = page.getByRole('checkbox', { name: /^Show \d+ world events between these/ });
    const entries = timeline.main.getByRole('listitem').filter({ hasText: /World event ·/ });
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(entries.first()).toBeHidden();
    await expect(timeline.status).toHaveText(`Showing all ${record.length} events.`);

    await toggle.check();
    await expect(page).toHaveURL('/?context=1');
    await expect(entries.filter({ hasText: context[0]!.title }).first()).toBeVisible();
    // Shown, yet never counted: the status, the list of events and the chart's total stay those of the record.
    await expect(timeline.status).toHaveText(`Showing all ${record.length} events.`);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await chart.open();
    await expect(chart.figure.locator('[data-chart-total]')).toHaveText(String(record.length));
    // Every context entry is marked as a world event in words, not by look alone.
    await expect(entries.first()).toContainText('World event');

    await toggle.uncheck();
    await expect(page).toHaveURL('/');
    await expect(entries.first()).toBeHidden();
  });

  test('keeps ?context=1 through filter changes, showing only the years the filter leaves', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto('context=1&from=2017&to=2019');
    const entries = timeline.main.getByRole('listitem').filter({ hasText: /World event ·/ });
    const toggle = page.getByRole('checkbox', { name: /^Show \d+ world events between these/ });
    await expect(toggle).toBeChecked();
    await expect(entries.filter({ hasText: 'Singapore' })).toBeVisible();
    // 2006 lies outside the years filtered for: its context does not show.
    await expect(entries.filter({ hasText: 'first nuclear test' })).toBeHidden();
    await timeline.checkbox('Summit').check();
    await expect(page).toHaveURL(/[?&]context=1(&|$)/);
    const summits = record.filter(
      (event) =>
        event.type === 'summit' && Number(event.date.slice(0, 4)) >= 2017 && Number(event.date.slice(0, 4)) <= 2019,
    );
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(summits));
    await expect(timeline.status).toHaveText(
      summits.length ? `Showing ${summits.length} of ${record.length} events.` : /No events match/,
    );
  });

  test('never appears in a precedent line', async ({ page, timeline, request }) => {
    test.slow(); // axe over the timeline takes a while on a shared machine
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    await timeline.goto('context=1');
    const lines = await timeline.main.locator('.precedent').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) for (const item of context) expect(line).not.toContain(item.title);
    expect(await accessibilityViolations(page, { include: '[data-context-entry]' })).toEqual([]);
  });

  test('marks the chart with a band of context years, described in words', async ({ page, timeline }) => {
    await timeline.goto();
    await new ExchangesChart(page).open();
    const band = page.getByRole('img', { name: 'World events over the same years, not counted above' });
    await expect(band).toBeVisible();
    await expect(band).toHaveAccessibleDescription(/^\d+ context events: Nuclear and missile tests in \d+ years/);
  });

  test('the band follows the years the reader chose, on the chart’s own axis', async ({ page, timeline, request }) => {
    const { context } = (await (await request.get('/context.json')).json()) as { context: ContextExport[] };
    await timeline.goto('from=2005&to=2019');
    const chart = new ExchangesChart(page);
    await chart.open();
    const band = page.getByRole('img', { name: 'World events over the same years, not counted above' });
    const tests = new Set(
      context
        .filter((item) => ['nuclear-test', 'missile-test'].includes(item.kind))
        .map((item) => Number(item.date.slice(0, 4)))
        .filter((year) => year >= 2005 && year <= 2019),
    );
    expect(tests.size).toBeGreaterThan(0);
    await expect(band).toHaveAccessibleDescription(new RegExp(`Nuclear and missile tests in ${tests.size} years?,`));
    // Drawn as wide as the chart, so each mark stands under its year's bar.
    const widths = await page.evaluate(() =>
      ['.chart-frame svg', '.context-band'].map(
        (selector) => document.querySelector(selector)!.getAttribute('viewBox')!.split(' ')[2],
      ),
    );
    expect(widths[0]).toBe(widths[1]);
  });
});
