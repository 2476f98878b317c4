import { accessibilityViolations, expect, test, type ExportedEvent } from './fixtures.ts';
import { PlacesMap } from './pages/places-map.ts';

/** What the map's table must say for some events: each place and how many of them name it, busiest first. */
function expectedCounts(events: readonly ExportedEvent[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const event of events) for (const id of new Set(event.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}
const byCount = (rows: [string, number][]) => [...rows].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
const year = (event: ExportedEvent) => Number(event.date.slice(0, 4));

test.describe('the map of places on the timeline', () => {
  test('counts the places of the whole record, as /events.json gives them', async ({ page, timeline, record }) => {
    const map = new PlacesMap(page);
    await timeline.goto();
    await map.open();
    await expect(map.image).toBeVisible();
    await map.showTable.click();
    expect(record.some((event) => event.places.length > 1)).toBe(true);
    await expect.poll(async () => byCount(await map.counts())).toEqual(expectedCounts(record));
    const unplaced = record.filter((event) => event.places.length === 0).length;
    await expect(map.caption).toContainText(`${unplaced} events have no place recorded and are not on the map.`);
  });

  const filters: [string, (event: ExportedEvent) => boolean][] = [
    [
      'direction=dprk-to-china&level=leader',
      (event) => event.direction === 'dprk-to-china' && event.level === 'leader',
    ],
    [
      'from=2000&to=2012',
      (event) => year(event) >= 2000 && (event.end ? Number(event.end.slice(0, 4)) : year(event)) <= 2012,
    ],
    ['q=dalian', (event) => /dalian/i.test(`${event.title} ${event.summary} ${event.location ?? ''}`)],
  ];
  for (const [query, keep] of filters) {
    test(`follows the filter ${query}`, async ({ page, timeline, record }) => {
      const map = new PlacesMap(page);
      await timeline.goto(query);
      await map.open();
      await map.showTable.click();
      const shown = record.filter(keep);
      expect(shown.length).toBeGreaterThan(0);
      // The events the list shows are the ones counted: the same filter, read from the page.
      await expect.poll(() => timeline.visibleIds()).toEqual(shown.map((event) => event.id));
      await expect.poll(async () => byCount(await map.counts())).toEqual(expectedCounts(shown));
    });
  }

  test('follows every change of the filter, and Back', async ({ page, timeline, record }) => {
    const map = new PlacesMap(page);
    await timeline.goto();
    await map.open();
    await map.showTable.click();
    await timeline.checkbox('Unofficial visit').check();
    const unofficial = record.filter((event) => event.type === 'unofficial-visit');
    await expect.poll(async () => byCount(await map.counts())).toEqual(expectedCounts(unofficial));
    await expect(map.image).toHaveAccessibleDescription(
      new RegExp(`named by ${unofficial.filter((e) => e.places.length).length} events`),
    );
    await page.goBack();
    await expect.poll(async () => byCount(await map.counts())).toEqual(expectedCounts(record));
  });

  test('resizes its circles by count and names the busiest places', async ({ page, timeline }) => {
    const map = new PlacesMap(page);
    await timeline.goto('direction=china-to-dprk');
    await map.open();
    const radius = (place: string) =>
      map.image.evaluate(
        (svg, id) => Number(svg.querySelector(`circle[data-place="${id}"]`)?.getAttribute('r')),
        place,
      );
    // Chinese visitors go to Pyongyang, not Beijing: its circle is the largest and Beijing's is gone.
    await expect.poll(() => radius('pyongyang')).toBe(24);
    await expect.poll(() => radius('beijing')).toBe(0);
    await expect(map.image.locator('text[data-place="pyongyang"]')).toBeVisible();
  });

  test('has no accessibility violations, with its table open, in forced colours too', async ({ page, timeline }) => {
    test.slow(); // axe over the timeline takes a while on a shared machine
    const map = new PlacesMap(page);
    await timeline.goto();
    await map.open();
    await map.showTable.click();
    await expect(map.table).toBeVisible();
    expect(await accessibilityViolations(page, { include: 'places-map' })).toEqual([]);
    await page.emulateMedia({ forcedColors: 'active' });
    // Marks keep an outline of the system's text colour, so they read without colour.
    const stroke = await map.image.evaluate((svg) => getComputedStyle(svg.querySelector('circle')!).stroke);
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(stroke).toBe(text);
  });

  test('waits one step away, as the chart does, and remembers being left open', async ({ page, timeline }) => {
    const map = new PlacesMap(page);
    await timeline.goto();
    await expect(map.figure).toBeHidden();
    await map.open();
    await expect(map.figure).toBeVisible();
    await page.reload();
    await expect(map.figure).toBeVisible();
    await map.more.getByText('Map of places', { exact: true }).click();
    await page.reload();
    await expect(map.figure).toBeHidden();
  });

  test('fits a phone and keeps its place names legible', async ({ page, timeline }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const map = new PlacesMap(page);
    await timeline.goto();
    await map.open();
    await map.image.scrollIntoViewIfNeeded();
    const size = await map.image.evaluate((svg) => ({
      width: svg.getBoundingClientRect().width,
      text: Math.min(
        ...[...svg.querySelectorAll('text')]
          .filter((label) => label.checkVisibility())
          .map((label) => label.getBoundingClientRect().height),
      ),
    }));
    expect(size.width).toBeLessThanOrEqual(390);
    expect(size.text).toBeGreaterThanOrEqual(6);
    await timeline.sidewaysOverflow().then((overflow) => expect(overflow).toBe(0));
  });
});

test.describe("an event's route", () => {
  test('lists and numbers the stops in the order of the journey', async ({ page, eventPage, record }) => {
    const journey = record.find((event) => event.id === '2011-05-20-kim-jong-il-visit')!;
    expect(journey.places).toEqual(['mudanjiang', 'changchun', 'yangzhou', 'nanjing', 'beijing']);
    await eventPage.goto(journey.id);
    const route = page.getByRole('region', { name: 'Route' });
    await expect(route.getByRole('img', { name: 'A journey of 5 stops, from Mudanjiang to Beijing' })).toBeVisible();
    await expect(route.getByRole('listitem')).toHaveText([
      /^Mudanjiang/,
      /^Changchun/,
      /^Yangzhou/,
      /^Nanjing/,
      /^Beijing/,
    ]);
    await expect(route.getByRole('img')).toHaveAccessibleDescription(
      '1 Mudanjiang (China), then 2 Changchun (China), then 3 Yangzhou (China), then 4 Nanjing (China), then 5 Beijing (China).',
    );
    // The location is the stops' names, each once, as the build writes it from them.
    expect(journey.location).toBe('Mudanjiang, Changchun, Yangzhou, Nanjing and Beijing');
    expect(await accessibilityViolations(page, { include: 'article' })).toEqual([]);
  });

  test('keeps the order of every journey in the record', async ({ page, eventPage, record }) => {
    const journeys = record.filter((event) => event.places.length > 2).slice(0, 4);
    expect(journeys.length).toBeGreaterThan(0);
    for (const journey of journeys) {
      await eventPage.goto(journey.id);
      const numbers = await page
        .getByRole('region', { name: 'Route' })
        .getByRole('img')
        .evaluate((svg) =>
          [...svg.querySelectorAll('.stop-mark')].map((mark) => mark.querySelector('text')!.textContent),
        );
      expect(
        numbers
          .join('·')
          .split('·')
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual(journey.places.map((_, index) => index + 1));
      await expect(page.getByRole('region', { name: 'Route' }).getByRole('listitem')).toHaveCount(
        journey.places.length,
      );
    }
  });

  test('is left out of an event with no place', async ({ page, eventPage, record }) => {
    const unplaced = record.find((event) => event.places.length === 0)!;
    await eventPage.goto(unplaced.id);
    await expect(page.getByRole('region', { name: /^(Route|Place)$/ })).toHaveCount(0);
  });
});
