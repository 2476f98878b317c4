import { accessibilityViolations, expect, test } from './fixtures.ts';

const LI_HONGZHONG = '2023-07-26-li-hongzhong-armistice-70th';
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';

test.describe('the timeline page', () => {
  test.beforeEach(async ({ timeline }) => {
    await timeline.goto();
  });

  test('says what the site is and how many events it holds', async ({ page, timeline, record }) => {
    await expect(page).toHaveTitle('China–North Korea Diplomacy Timeline');
    await expect(timeline.heading).toHaveText('China–North Korea Diplomacy Timeline');
    await expect(page.getByText(`${record.length} events, from 6 October 1949 to 9 October 2025.`)).toBeVisible();
  });

  test('lists the whole record oldest first under year headings', async ({ timeline, record }) => {
    await expect.poll(() => timeline.visibleIds()).toEqual(record.map((event) => event.id));
    const years = [...new Set(record.map((event) => event.date.slice(0, 4)))];
    await expect(timeline.yearHeadings).toHaveText(years);
    await expect(timeline.eventsIn(2023)).toHaveCount(record.filter((event) => event.date.startsWith('2023')).length);
  });

  test('the years menu takes the reader to the year chosen, however far down, and again after filtering', async ({
    page,
    timeline,
  }) => {
    // Years off screen are laid out from estimates until seen; the jump must still end on the year's heading.
    for (const [query, year] of [
      ['', 2018],
      ['', 1991],
      ['type=delegation', 2024],
      ['type=delegation', 1978],
    ] as const) {
      await timeline.goto(query);
      await timeline.yearLink(year).click();
      await expect(page).toHaveURL(new RegExp(`#year-${year}$`));
      await expect
        .poll(async () => Math.abs((await timeline.yearHeading(year).boundingBox())!.y), `${query} ${year}`)
        .toBeLessThan(2);
      await expect(timeline.yearHeading(year)).toBeInViewport();
    }
  });

  test('notes where each visit stands in the record', async ({ timeline }) => {
    await expect(timeline.event(LI_QIANG).precedent).toHaveText(
      'First Chinese visit to North Korea at head-of-government level or higher since Xi Jinping’s state visit (June 2019).',
    );
    await expect(timeline.event('2018-03-25-kim-jong-un-first-china-visit').precedent).toHaveText(
      /^First North Korean visit to China at top-leader level since Kim Jong Il’s unofficial visit \(August 2011\)\.$/,
    );
  });

  test('shows each date to its precision in a machine-readable <time>', async ({ timeline }) => {
    const first = timeline.event(LI_HONGZHONG);
    await expect(first.date).toHaveText('26 July 2023');
    await expect.poll(() => first.times()).toEqual([{ text: '26 July 2023', datetime: '2023-07-26' }]);
    const second = timeline.event(LI_QIANG);
    await expect(second.date).toHaveText('9–11 October 2025');
    await expect
      .poll(() => second.times())
      .toEqual([
        { text: '9', datetime: '2025-10-09' },
        { text: '11 October 2025', datetime: '2025-10-11' },
      ]);
  });

  test('shows type, direction, level and summary for each event', async ({ timeline }) => {
    const event = timeline.event(LI_QIANG);
    await expect(event.facts).toHaveText(['Official visit', 'China to North Korea', 'Head of government']);
    await expect(event.summary).toContainText('since Xi Jinping in 2019');
  });

  test('links each title to its event page', async ({ page, timeline, eventPage }) => {
    await timeline.event(LI_HONGZHONG).link.click();
    await expect(page).toHaveURL(`/events/${LI_HONGZHONG}/`);
    await expect(eventPage.heading).toHaveText(
      'Li Hongzhong leads a Chinese delegation to the 70th anniversary of the Korean War armistice',
    );
  });

  test('links the data export from the footer', async ({ timeline }) => {
    await expect(timeline.footer.getByRole('link', { name: 'events.json' })).toHaveAttribute('href', '/events.json');
  });

  test('can be used from the keyboard, starting with a visible skip link', async ({ page, timeline }) => {
    await page.keyboard.press('Tab');
    await expect(timeline.skipLink).toBeFocused();
    await expect(timeline.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
  });

  test('declares a content security policy that lets only the site itself load and run code', async ({ timeline }) => {
    await expect.poll(() => timeline.contentSecurityPolicy()).toMatch(/default-src 'self';/);
    await expect.poll(() => timeline.contentSecurityPolicy()).toMatch(/script-src 'self' 'sha256-/);
    // Stylesheets and hashed inline styles as elements; style attributes only for table alignment.
    await expect.poll(() => timeline.contentSecurityPolicy()).toMatch(/style-src-elem 'self' 'sha256-/);
    await expect.poll(() => timeline.contentSecurityPolicy()).toMatch(/style-src-attr 'unsafe-inline';/);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`wraps a long unbroken search term rather than widening the page (${viewport.width} px)`, async ({
      page,
      timeline,
    }) => {
      await page.setViewportSize(viewport);
      const term = 'x'.repeat(400);
      await timeline.goto(`q=${term}`);
      await expect(timeline.removeFilter(`Search: “${term}”`)).toBeVisible();
      await expect.poll(() => timeline.sidewaysOverflow()).toBe(0);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
