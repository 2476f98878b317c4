import { accessibilityViolations, expect, test } from './fixtures.ts';
import { ExchangesChart } from './pages/exchanges-chart.ts';

/** An event with no `added` day, and one with. */
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';
const TREATY = '1961-07-11-kim-il-sung-treaty-visit';
const SITE_NAME = 'China–North Korea Diplomacy Timeline';

test.describe('citing an event', () => {
  test('the page suggests a Chicago and an APA citation and a BibTeX entry', async ({ eventPage }) => {
    await eventPage.goto(LI_QIANG);
    await expect(eventPage.cite.getByRole('heading', { level: 3 })).toHaveText(['Chicago', 'APA', 'BibTeX']);
    await expect(eventPage.citation('Chicago').text).toHaveText(
      `${SITE_NAME}. “Premier Li Qiang Visits Pyongyang for the Workers' Party's 80th Anniversary.” /events/${LI_QIANG}/.`,
    );
    await expect(eventPage.citation('APA').text).toHaveText(
      `${SITE_NAME}. (n.d.). Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary. /events/${LI_QIANG}/`,
    );
    const bibtex = eventPage.citation('BibTeX').text;
    await expect(bibtex).toContainText(`@misc{${LI_QIANG},`);
    await expect(bibtex).toContainText(`author = {{${SITE_NAME}}},`);
    await expect(bibtex).not.toContainText('year');
    await expect(eventPage.cite).toContainText('has no such date');
  });

  test('dates the citations by the day the entry was added', async ({ eventPage }) => {
    await eventPage.goto(TREATY);
    await expect(eventPage.citation('Chicago').text).toContainText('” November 23, 2026. ');
    await expect(eventPage.citation('APA').text).toContainText('(2026, November 23)');
    await expect(eventPage.citation('BibTeX').text).toContainText('year = {2026},');
    await expect(eventPage.cite).not.toContainText('has no such date');
  });

  test.describe(() => {
    test.beforeEach(async ({ context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });
    const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

    test('a button copies the BibTeX entry and says so', async ({ page, eventPage }) => {
      await eventPage.goto(LI_QIANG);
      const bibtex = eventPage.citation('BibTeX');
      await expect(bibtex.copy).toHaveAccessibleName('Copy the BibTeX entry');
      await expect(bibtex.status).toBeEmpty();
      await bibtex.copy.click();
      await expect(bibtex.status).toHaveText('Copied');
      const copied = await clipboard(page);
      expect(copied).toBe((await bibtex.text.textContent())!.trim());
      expect(copied).toMatch(/^@misc\{2025-10-09-li-qiang-wpk-80th,\n[^]*\n\}$/);
    });

    test('the copy buttons work from the keyboard, each copying its own citation', async ({ page, eventPage }) => {
      await eventPage.goto(TREATY);
      const chicago = eventPage.citation('Chicago');
      await eventPage.tabUntilFocused(chicago.copy);
      await expect(chicago.copy).toBeFocused();
      await expect(chicago.copy).toHaveAccessibleName('Copy the Chicago citation');
      await page.keyboard.press('Enter');
      await expect(chicago.status).toHaveText('Copied');
      expect(await clipboard(page)).toBe(await chicago.text.textContent());
      expect(await clipboard(page)).toMatch(/” November 23, 2026\. \/events\/1961-07-11-kim-il-sung-treaty-visit\/\.$/);

      const apa = eventPage.citation('APA');
      await page.keyboard.press('Tab');
      await expect(apa.copy).toBeFocused();
      await page.keyboard.press('Space');
      await expect(apa.status).toHaveText('Copied');
      expect(await clipboard(page)).toBe(await apa.text.textContent());
    });
  });

  test('has no accessibility violations', async ({ page, eventPage }) => {
    await eventPage.goto(TREATY);
    await expect(eventPage.citation('BibTeX').copy).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the citations and no copy button, which could not work', async ({ eventPage }) => {
      await eventPage.goto(LI_QIANG);
      await expect(eventPage.citation('BibTeX').text).toBeVisible();
      await expect(eventPage.cite.getByRole('button')).toHaveCount(0);
    });
  });
});

test.describe('metadata of an event page', () => {
  test('holds the event as schema.org JSON-LD, named as the page is', async ({ eventPage, record }) => {
    const event = record.find(({ id }) => id === LI_QIANG)!;
    await eventPage.goto(LI_QIANG);
    const data = await eventPage.structuredData();
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(await eventPage.heading.textContent());
    expect(data.startDate).toBe(event.date);
    expect(data.endDate).toBe(event.end);
    expect(data.description).toBe(event.summary);
    expect(data.location).toEqual({ '@type': 'Place', name: event.location });
    expect((data.attendee as { name: string }[]).map(({ name }) => name)).toEqual(
      event.participants.map(({ name }) => name),
    );
    // Built without SITE_URL: no address but absolute ones.
    expect(data).not.toHaveProperty('url');
  });

  test('carries citation_* tags for reference managers and Open Graph tags for link previews', async ({
    eventPage,
  }) => {
    await eventPage.goto(TREATY);
    const title = (await eventPage.heading.textContent())!;
    await expect(eventPage.meta('citation_title')).toHaveAttribute('content', title);
    await expect(eventPage.meta('citation_author')).toHaveAttribute('content', SITE_NAME);
    await expect(eventPage.meta('citation_publication_date')).toHaveAttribute('content', '2026/11/23');
    await expect(eventPage.meta('citation_language')).toHaveAttribute('content', 'en');
    await expect(eventPage.meta('og:title')).toHaveAttribute('content', title);
    await expect(eventPage.meta('og:type')).toHaveAttribute('content', 'article');
    await expect(eventPage.meta('og:site_name')).toHaveAttribute('content', SITE_NAME);
    await expect(eventPage.meta('og:description')).toHaveAttribute('content', /^Premier Kim Il Sung headed/);
    // Open Graph and Highwire addresses must be absolute, so without SITE_URL there are none.
    await expect(eventPage.meta('og:url')).toHaveCount(0);
    await expect(eventPage.meta('citation_public_url')).toHaveCount(0);
  });

  test('falls back to the event date, as YYYY/MM/DD, when the entry has no added day', async ({ eventPage }) => {
    await eventPage.goto(LI_QIANG);
    await expect(eventPage.meta('citation_publication_date')).toHaveAttribute('content', '2025/10/09');
  });
});

test.describe('printing', () => {
  test('the timeline prints without its filter or chart controls or the site menu', async ({ page, timeline }) => {
    const chart = new ExchangesChart(page);
    await timeline.goto('type=summit');
    await chart.open();
    await expect(chart.inspectYear).toBeVisible();
    await expect(timeline.activeFilters).toBeVisible();
    const summits = await timeline.visibleIds();
    await page.emulateMedia({ media: 'print' });
    for (const control of [
      timeline.filters,
      timeline.status,
      timeline.order,
      timeline.activeFilters,
      timeline.siteNav,
      timeline.yearsNav,
      chart.inspectYear,
      chart.download('SVG'),
      chart.showTable,
      page.getByText('Chart and downloads', { exact: true }),
      page.getByRole('button', { name: /^Download the \d+ events shown/ }),
    ]) {
      await expect(control).toBeHidden();
    }
    // The chart the reader opened prints, and so does the strip above the list.
    await expect(chart.image).toBeVisible();
    await expect(timeline.strip).toBeVisible();
    // What the filter shows is what prints, black on white.
    expect(await timeline.visibleIds()).toEqual(summits);
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('an event page prints without copy buttons, and with each source’s address after it', async ({
    page,
    eventPage,
  }) => {
    await eventPage.goto(LI_QIANG);
    await expect(eventPage.citation('BibTeX').copy).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(eventPage.citation('BibTeX').text).toBeVisible();
    const buttons = eventPage.cite.getByRole('button', { name: /^Copy/, includeHidden: true });
    await expect(buttons).toHaveCount(3);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(eventPage.neighbours).toBeHidden();
    await expect(eventPage.backToTimeline).toBeHidden();

    const after = (link: import('@playwright/test').Locator) =>
      link.evaluate((element) => getComputedStyle(element, '::after').content);
    const source = eventPage.sources.getByRole('link').first();
    expect(await after(source)).toBe(`" (${await source.getAttribute('href')})"`);
    // Links within the site print as they are.
    expect(await after(eventPage.participants.getByRole('link').first())).toBe('none');
  });
});
