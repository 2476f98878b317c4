import { accessibilityViolations, expect, test, type ExportedEvent } from './fixtures.ts';
import { ExchangesChart, type Cell } from './pages/exchanges-chart.ts';

// What the table must say, computed from /events.json by the rule written under the chart.
const GROUPS: Record<string, string> = {
  'china-to-dprk': 'china-to-dprk',
  'dprk-to-china': 'dprk-to-china',
  mutual: 'both-ways-or-multilateral',
  multilateral: 'both-ways-or-multilateral',
};
const TIER: Record<string, string> = {
  leader: 'leader',
  'head-of-government': 'head-of-government',
  'senior-leader': 'senior-leader',
  politburo: 'politburo-and-below',
  minister: 'politburo-and-below',
  'vice-minister': 'politburo-and-below',
  official: 'politburo-and-below',
};

function expectedCounts(events: readonly ExportedEvent[]): Cell[] {
  const counts = new Map<string, Cell>();
  for (const event of events) {
    const cell = {
      year: Number(event.date.slice(0, 4)),
      direction: GROUPS[event.direction]!,
      level: event.level ? TIER[event.level]! : 'none',
      count: 0,
    };
    const key = `${cell.year} ${cell.direction} ${cell.level}`;
    (counts.get(key) ?? counts.set(key, cell).get(key)!).count++;
  }
  return [...counts.values()];
}
const sorted = (cells: Cell[]) =>
  [...cells].sort(
    (a, b) => a.year - b.year || a.direction.localeCompare(b.direction) || a.level.localeCompare(b.level),
  );

test.describe('the chart of exchanges per year', () => {
  test('counts the whole record, each event once, in the table under it', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(chart.image).toBeVisible();
    await expect(chart.table).toBeHidden();
    await chart.showTable.click();
    await expect(chart.table).toBeVisible();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(record)));
    // The summary the image carries is computed from the same counts.
    await expect(chart.image).toHaveAccessibleDescription(new RegExp(`^${record.length} events from `));
  });

  const filters: [string, (event: ExportedEvent) => boolean][] = [
    ['from=2000&to=2012', (event) => Number(event.date.slice(0, 4)) >= 2000 && Number(event.date.slice(0, 4)) <= 2012],
    [
      'direction=dprk-to-china&level=leader',
      (event) => event.direction === 'dprk-to-china' && event.level === 'leader',
    ],
    ['type=state-visit&type=official-visit', (event) => ['state-visit', 'official-visit'].includes(event.type)],
  ];
  for (const [query, keep] of filters) {
    test(`follows the filter ${query}`, async ({ page, timeline, record }) => {
      const chart = new ExchangesChart(page);
      await timeline.goto(query);
      await chart.showTable.click();
      const shown = record.filter(keep);
      expect(shown.length).toBeGreaterThan(0);
      await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(shown)));
    });
  }

  test('redraws on a filter change, and on Back and Forward', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.showTable.click();
    const all = sorted(expectedCounts(record));
    await expect.poll(async () => sorted(await chart.counts())).toEqual(all);
    await timeline.checkbox('Summit').check();
    const summits = sorted(expectedCounts(record.filter((event) => event.type === 'summit')));
    await expect.poll(async () => sorted(await chart.counts())).toEqual(summits);
    await expect(chart.image).toHaveAccessibleDescription(
      new RegExp(`^${summits.reduce((n, c) => n + c.count, 0)} events`),
    );
    await page.goBack();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(all);
    await page.goForward();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(summits);
  });

  test('says the count of a year under the pointer or the keyboard', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.inspectYear.focus();
    await page.keyboard.press('Home');
    const first = Math.min(...record.map((event) => Number(event.date.slice(0, 4))));
    const inFirst = record.filter((event) => Number(event.date.slice(0, 4)) === first).length;
    await expect(chart.figure.getByText(new RegExp(`^${first}: ${inFirst} events?`))).toBeVisible();
    await expect(chart.inspectYear).toHaveAttribute('aria-valuetext', new RegExp(`^${first}: ${inFirst}`));
    // Hover scrolls the chart into view first: the keyboard above may have left it partly off screen.
    const box = (await chart.image.boundingBox())!;
    await chart.image.hover({ position: { x: box.width - 2, y: box.height / 2 } });
    const last = Math.max(...record.map((event) => Number(event.date.slice(0, 4))));
    await expect(chart.figure.getByText(new RegExp(`^${last}: \\d+ events?`))).toBeVisible();
  });

  test('downloads the chart as SVG and PNG, and its counts as CSV', async ({ page, timeline }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('level=leader');
    for (const [format, signature] of [
      ['SVG', '<svg xmlns="http://www.w3.org/2000/svg"'],
      ['PNG', '\x89PNG'],
      ['CSV', 'year,direction,level,events\r\n'],
    ] as const) {
      const downloading = page.waitForEvent('download');
      await chart.download(format).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`exchanges-per-year.${format.toLowerCase()}`);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString('latin1').startsWith(signature), format).toBe(true);
    }
  });

  test('has no accessibility violations with the table open or closed', async ({ page, timeline }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(chart.image).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    await chart.showTable.click();
    await expect(chart.table).toBeVisible();
    expect(await accessibilityViolations(page, { include: 'exchanges-chart' })).toEqual([]);
  });

  test('stays legible on a phone', async ({ page, timeline }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(chart.image).toBeVisible();
    await chart.figure.screenshot({ path: test.info().outputPath('chart-phone.png') });
    // Its smallest labels are drawn at least 9 CSS pixels tall, and it fits the screen.
    const sizes = await chart.image.evaluate((svg) => ({
      text: Math.min(...[...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height)),
      width: svg.getBoundingClientRect().width,
    }));
    expect(sizes.text).toBeGreaterThanOrEqual(9);
    expect(sizes.width).toBeLessThanOrEqual(390);
  });
});

test.describe('the chart without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('counts every event, and offers no control that cannot work', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('type=summit');
    await chart.showTable.click();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(record)));
    await expect(chart.inspectYear).toBeHidden();
    await expect(chart.download('CSV')).toBeHidden();
  });
});
