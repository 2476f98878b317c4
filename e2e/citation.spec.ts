import { accessibilityViolations, expect, test } from './fixtures.ts';

/** An event with no `added` day, and one with. */
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';
const TREATY = '1961-07-11-kim-il-sung-treaty-visit';
const SITE_NAME = 'China–North Korea Diplomacy Timeline';

test.describe('citing an event', () => {
  test('the page suggests a Chicago and an APA citation and a BibTeX entry', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    const cite = page.getByRole('region', { name: 'Cite this event' });
    await expect(cite.getByRole('heading', { level: 3 })).toHaveText(['Chicago', 'APA', 'BibTeX']);
    await expect(cite.getByText(/^China–North Korea Diplomacy Timeline\. “/)).toHaveText(
      `${SITE_NAME}. “Premier Li Qiang Visits Pyongyang for the Workers' Party's 80th Anniversary.” /events/${LI_QIANG}/.`,
    );
    await expect(cite.getByText(/\(n\.d\.\)/)).toHaveText(
      `${SITE_NAME}. (n.d.). Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary. /events/${LI_QIANG}/`,
    );
    const bibtex = cite.locator('pre');
    await expect(bibtex).toContainText(`@misc{${LI_QIANG},`);
    await expect(bibtex).toContainText(`author = {{${SITE_NAME}}},`);
    await expect(bibtex).not.toContainText('year');
    await expect(cite).toContainText('has no such date');
  });

  test('dates the citations by the day the entry was added', async ({ page }) => {
    await page.goto(`/events/${TREATY}/`);
    const cite = page.getByRole('region', { name: 'Cite this event' });
    await expect(cite.getByText(/^China–North Korea Diplomacy Timeline\. “/)).toContainText('” November 23, 2026. ');
    await expect(cite.getByText(/^China–North Korea Diplomacy Timeline\. \(/)).toContainText('(2026, November 23)');
    await expect(cite.locator('pre')).toContainText('year = {2026},');
    await expect(cite).not.toContainText('has no such date');
  });

  test.describe(() => {
    test.beforeEach(async ({ context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });

    test('a button copies the BibTeX entry and says so', async ({ page }) => {
      await page.goto(`/events/${LI_QIANG}/`);
      const cite = page.getByRole('region', { name: 'Cite this event' });
      await cite.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
      await expect(cite.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await cite.locator('pre').textContent())!.trim());
      expect(copied).toMatch(/^@misc\{2025-10-09-li-qiang-wpk-80th,\n/);
      expect(copied).toMatch(/\n\}$/);
    });

    test('the copy buttons work from the keyboard, each copying its own citation', async ({ page }) => {
      await page.goto(`/events/${TREATY}/`);
      const cite = page.getByRole('region', { name: 'Cite this event' });
      const chicago = cite.getByRole('button', { name: 'Copy the Chicago citation' });
      await chicago.focus();
      await expect(chicago).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(cite.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        new RegExp(
          `^${SITE_NAME}\\. “Kim Il Sung Leads a Delegation .*\\.” November 23, 2026\\. /events/${TREATY}/\\.$`,
        ),
      );
      await page.keyboard.press('Tab');
      await expect(cite.getByRole('button', { name: 'Copy the APA citation' })).toBeFocused();
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^China.* \(2026, November 23\)\. /);
    });
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto(`/events/${TREATY}/`);
    await expect(page.getByRole('button', { name: 'Copy the BibTeX entry' })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the citations and no copy button, which could not work', async ({ page }) => {
      await page.goto(`/events/${LI_QIANG}/`);
      const cite = page.getByRole('region', { name: 'Cite this event' });
      await expect(cite.locator('pre')).toBeVisible();
      await expect(cite.getByRole('button')).toHaveCount(0);
    });
  });
});

test.describe('metadata of an event page', () => {
  test('holds the event as schema.org JSON-LD, named as the page is', async ({ page, record }) => {
    const event = record.find(({ id }) => id === LI_QIANG)!;
    await page.goto(`/events/${LI_QIANG}/`);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
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

  test('carries citation_* tags for reference managers and Open Graph tags for link previews', async ({ page }) => {
    await page.goto(`/events/${TREATY}/`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', title!);
    await expect(meta('citation_author')).toHaveAttribute('content', SITE_NAME);
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2026/11/23');
    await expect(meta('citation_language')).toHaveAttribute('content', 'en');
    await expect(meta('og:title')).toHaveAttribute('content', title!);
    await expect(meta('og:type')).toHaveAttribute('content', 'article');
    await expect(meta('og:site_name')).toHaveAttribute('content', SITE_NAME);
    await expect(meta('og:description')).toHaveAttribute('content', /^Premier Kim Il Sung headed/);
    // Open Graph and Highwire addresses must be absolute, so without SITE_URL there are none.
    await expect(meta('og:url')).toHaveCount(0);
    await expect(meta('citation_public_url')).toHaveCount(0);
  });

  test('falls back to the event date, as YYYY/MM/DD, when the entry has no added day', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2025/10/09');
  });
});

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
  });

  test('the timeline prints without its filter controls or the site menu', async ({ page }) => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/?type=summit');
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('search', { name: 'Filter the timeline' })).toBeHidden();
    await expect(page.getByRole('status')).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Order' })).toBeHidden();
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Years' })).toBeHidden();
    // What the filter shows is what prints, black on white.
    const shown = await page
      .locator('li.event')
      .evaluateAll((items) => items.map((item) => [item.id, item.checkVisibility()] as const));
    expect(shown.filter(([, visible]) => visible).length).toBeGreaterThan(0);
    expect(shown.filter(([, visible]) => !visible).length).toBeGreaterThan(0);
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('an event page prints without copy buttons, and with each source’s address after it', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    const cite = page.getByRole('region', { name: 'Cite this event' });
    await expect(cite.locator('pre')).toBeVisible();
    const buttons = cite.getByRole('button', { name: /^Copy/, includeHidden: true });
    await expect(buttons).toHaveCount(3);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Previous and next events' })).toBeHidden();

    const after = (link: import('@playwright/test').Locator) =>
      link.evaluate((element) => getComputedStyle(element, '::after').content);
    const source = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link').first();
    expect(await after(source)).toBe(`" (${await source.getAttribute('href')})"`);
    // Links within the site print as they are; the one back to the timeline is for screens only.
    expect(await after(page.getByRole('region', { name: 'Participants' }).getByRole('link').first())).toBe('none');
    await expect(page.getByRole('link', { name: 'See this event on the timeline', includeHidden: true })).toBeHidden();
  });
});
