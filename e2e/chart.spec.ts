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

const yearOf = (event: ExportedEvent) => Number(event.date.slice(0, 4));

test.describe('the chart of exchanges per year', () => {
  test('counts the whole record, each event once, in the table under it', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(chart.image).toBeHidden();
    await chart.open();
    await expect(chart.image).toBeVisible();
    await expect(chart.table).toBeHidden();
    await chart.showTable.click();
    await expect(chart.table).toBeVisible();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(record)));
    // The summary the image carries is computed from the same counts.
    await expect(chart.image).toHaveAccessibleDescription(new RegExp(`^${record.length} events from `));
  });

  const filters: [string, (event: ExportedEvent) => boolean][] = [
    ['from=2000&to=2012', (event) => yearOf(event) >= 2000 && yearOf(event) <= 2012],
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
      await chart.open();
      await chart.showTable.click();
      const shown = record.filter(keep);
      expect(shown.length).toBeGreaterThan(0);
      await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(shown)));
    });
  }

  test('draws its years on the range the reader chose, in the chart, its table and the strip', async ({
    page,
    timeline,
  }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('from=1980&to=1989');
    await chart.open();
    // The axis starts at 1980 and labels only years of the 1980s (as many as there is room for).
    const axis = chart.image.locator('text[text-anchor="middle"]');
    await expect(axis.first()).toHaveText('1980');
    const labels = (await axis.allTextContents()).map(Number);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels.every((year) => year >= 1980 && year <= 1989)).toBe(true);
    await expect(timeline.strip).toHaveAccessibleName(/ 1980 to 1989;/);
    await chart.showTable.click();
    await expect(chart.table.getByRole('rowheader')).toHaveText(
      Array.from({ length: 10 }, (_, index) => String(1980 + index)),
    );
    await expect(chart.inspectYear).toHaveAttribute('min', '1980');
    await expect(chart.inspectYear).toHaveAttribute('max', '1989');
  });

  test('redraws on a filter change, and on Back and Forward', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.open();
    await chart.showTable.click();
    const all = sorted(expectedCounts(record));
    await expect.poll(async () => sorted(await chart.counts())).toEqual(all);
    await timeline.checkbox('Summit').check();
    const summits = sorted(expectedCounts(record.filter((event) => event.type === 'summit')));
    await expect.poll(async () => sorted(await chart.counts())).toEqual(summits);
    await expect(chart.image).toHaveAccessibleDescription(
      new RegExp(`^${summits.reduce((n, c) => n + c.count, 0)} events?`),
    );
    await page.goBack();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(all);
    await page.goForward();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(summits);
  });

  test('opens its inspector on the latest year with events, not on an empty one', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.open();
    const latest = Math.max(...record.map(yearOf));
    const inLatest = record.filter((event) => yearOf(event) === latest).length;
    await expect(chart.readout).toHaveText(new RegExp(`^${latest}: ${inLatest} events?\\. `));
    await expect(chart.yearLink).toHaveText(`Show the ${inLatest} event${inLatest === 1 ? '' : 's'} of ${latest}`);
    // Narrowed to summits, it opens on the latest year that has one.
    await timeline.goto('type=summit');
    await chart.open();
    const summits = record.filter((event) => event.type === 'summit');
    const latestSummit = Math.max(...summits.map(yearOf));
    await expect(chart.readout).toHaveText(new RegExp(`^${latestSummit}: `));
  });

  test('says the count of a year under the pointer or the keyboard', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.open();
    await chart.inspectYear.focus();
    await page.keyboard.press('Home');
    const first = Math.min(...record.map(yearOf));
    const inFirst = record.filter((event) => yearOf(event) === first).length;
    await expect(chart.readout).toHaveText(new RegExp(`^${first}: ${inFirst} events?`));
    await expect(chart.inspectYear).toHaveAttribute('aria-valuetext', new RegExp(`^${first}: ${inFirst}`));
    // Hover scrolls the chart into view first: the keyboard above may have left it partly off screen.
    const box = (await chart.image.boundingBox())!;
    await chart.image.hover({ position: { x: box.width - 2, y: box.height / 2 } });
    const last = Math.max(...record.map(yearOf));
    await expect(chart.readout).toHaveText(new RegExp(`^${last}: \\d+ events?`));
  });

  test('a bar sets the year filter, as a link the reader can share', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('direction=dprk-to-china');
    await chart.open();
    const year = 2018;
    // The year filter keeps every event that falls in the year, including one that began the year before.
    const inYear = (event: ExportedEvent) => yearOf(event) <= year && Number((event.end ?? event.date).slice(0, 4)) >= year;
    const expected = record.filter((event) => event.direction === 'dprk-to-china' && inYear(event));
    expect(expected.length).toBeGreaterThan(0);
    // Point at the year's bar, then choose it.
    const bar = chart.image.locator('rect.tier').filter({ has: page.locator('title', { hasText: new RegExp(`^${year}, `) }) });
    await bar.first().click();
    await expect(page).toHaveURL(`/?direction=dprk-to-china&from=${year}&to=${year}`);
    await expect.poll(() => timeline.visibleIds()).toEqual(expected.map((event) => event.id));
    await expect(timeline.removeFilter(`In ${year}`)).toBeVisible();
    await expect(timeline.status).toHaveText(`Showing ${expected.length} of ${record.length} events.`);
    // The link works for anyone it is sent to, and Back returns to the view before.
    await page.reload();
    await expect.poll(() => timeline.visibleIds()).toEqual(expected.map((event) => event.id));
    await page.goBack();
    await expect(page).toHaveURL('/?direction=dprk-to-china');
  });

  test('the keyboard does what a bar does: a year chosen with the slider, then its link', async ({
    page,
    timeline,
    record,
  }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.open();
    await chart.inspectYear.focus();
    await page.keyboard.press('Home');
    const first = Math.min(...record.map(yearOf));
    const inFirst = record.filter((event) => yearOf(event) <= first && Number((event.end ?? event.date).slice(0, 4)) >= first);
    await expect(chart.yearLink).toHaveAttribute('href', `/?from=${first}&to=${first}`);
    await page.keyboard.press('Tab');
    await expect(chart.yearLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/?from=${first}&to=${first}`);
    await expect.poll(() => timeline.visibleIds()).toEqual(inFirst.map((event) => event.id));
  });

  test('the strip above the list chooses a year too', async ({ page, timeline, record }) => {
    await timeline.goto();
    const box = (await timeline.strip.boundingBox())!;
    const first = Math.min(...record.map(yearOf));
    // The first year's bar stands at the strip's left edge.
    await page.mouse.click(box.x + 1, box.y + box.height / 3);
    await expect(page).toHaveURL(`/?from=${first}&to=${first}`);
    await expect(timeline.strip).toHaveAccessibleName(new RegExp(` shown, ${first} to ${first};`));
  });

  test('downloads the chart as SVG and PNG, and its counts as CSV', async ({ page, timeline }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('level=leader');
    await chart.open();
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

  test('remembers whether the reader left it open', async ({ page, timeline }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await expect(chart.figure).toBeHidden();
    await chart.open();
    await expect(chart.figure).toBeVisible();
    await page.reload();
    await expect(chart.figure).toBeVisible();
    await chart.more.getByText('Chart and downloads').click();
    await page.reload();
    await expect(chart.figure).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`gives every tier at least 3:1 contrast against its background (${colorScheme})`, async ({ page, timeline }) => {
      await page.emulateMedia({ colorScheme });
      const chart = new ExchangesChart(page);
      await timeline.goto();
      await chart.open();
      // The fills as drawn: each tier's swatch, and the two colours of the hatched tier's pattern.
      const ratios = await chart.figure.evaluate((figure) => {
        const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((value) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (light! + 0.05) / (dark! + 0.05);
        };
        let ground: Element | null = figure;
        let background = 'rgba(0, 0, 0, 0)';
        while (ground && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(ground).backgroundColor;
          ground = ground.parentElement;
        }
        const fills = [...figure.querySelectorAll('.legend .tier')].map((rect) => {
          const style = getComputedStyle(rect);
          // The outlined tier (no level) is seen by its outline.
          return { name: rect.getAttribute('class')!, color: rect.classList.contains('tier-none') ? style.stroke : style.fill };
        });
        fills.push(
          ...[...figure.querySelectorAll('.hatch-ground, .hatch-line')].map((rect) => ({
            name: rect.getAttribute('class')!,
            color: getComputedStyle(rect).fill,
          })),
        );
        return fills.map(({ name, color }) => ({ name, ratio: Math.round(ratio(color, background) * 100) / 100 }));
      });
      expect(ratios.length).toBe(7);
      for (const { name, ratio } of ratios) expect(ratio, name).toBeGreaterThanOrEqual(3);
    });
  }

  test('has no accessibility violations closed', async ({ timeline }) => {
    await timeline.goto();
    await expect(timeline.strip).toBeVisible();
    expect(await accessibilityViolations(timeline.page, { include: 'exchanges-chart' })).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations open, with its table (${colorScheme})`, async ({ page, timeline }) => {
      test.slow(); // the chart's table is a large scan
      await page.emulateMedia({ colorScheme });
      const chart = new ExchangesChart(page);
      await timeline.goto();
      await chart.open();
      await chart.showTable.click();
      await expect(chart.table).toBeVisible();
      expect(await accessibilityViolations(page, { include: 'exchanges-chart' })).toEqual([]);
    });
  }

  test('stays legible on a phone: labels of 11 px or more, and no wider than the screen', async ({ page, timeline }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const chart = new ExchangesChart(page);
    await timeline.goto();
    await chart.open();
    await expect(chart.image).toBeVisible();
    await chart.figure.screenshot({ path: test.info().outputPath('chart-phone.png') });
    const sizes = await chart.image.evaluate((svg) => ({
      // The size the text is drawn at: its font size times the SVG's scale on screen.
      text: Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (text) =>
            parseFloat(getComputedStyle(text).fontSize) *
            (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width),
        ),
      ),
      width: svg.getBoundingClientRect().width,
    }));
    expect(sizes.text).toBeGreaterThanOrEqual(11);
    expect(sizes.width).toBeLessThanOrEqual(390);
    // The strip's year labels too.
    const strip = await timeline.strip.evaluate((element) =>
      Math.min(...[...element.querySelectorAll('span')].map((span) => parseFloat(getComputedStyle(span).fontSize))),
    );
    expect(strip).toBeGreaterThanOrEqual(11);
  });
});

test.describe('the chart without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('counts every event, and offers no control that cannot work', async ({ page, timeline, record }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('type=summit');
    await expect(timeline.strip).toBeVisible();
    await chart.open();
    await chart.showTable.click();
    await expect.poll(async () => sorted(await chart.counts())).toEqual(sorted(expectedCounts(record)));
    await expect(chart.inspectYear).toBeHidden();
    await expect(chart.download('CSV')).toBeHidden();
  });
});
