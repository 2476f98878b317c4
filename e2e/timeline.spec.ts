import { accessibilityViolations, expect, test } from './fixtures.ts';

const LI_HONGZHONG = '2023-07-26-li-hongzhong-armistice-70th';
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';

test.describe('the timeline page', () => {
  test.beforeEach(async ({ timeline }) => {
    await timeline.goto();
  });

  test('says what the site is and how many events it holds', async ({ page, record }) => {
    await expect(page).toHaveTitle('China–North Korea Diplomacy Timeline');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–North Korea Diplomacy Timeline');
    await expect(page.getByText(`${record.length} events, from 6 October 1949 to 9 October 2025.`)).toBeVisible();
  });

  test('lists the whole record oldest first under year headings', async ({ page, timeline, record }) => {
    expect(await timeline.visibleIds()).toEqual(record.map((event) => event.id));
    const years = [...new Set(record.map((event) => event.date.slice(0, 4)))];
    await expect(page.locator('section[data-year] h2')).toHaveText(years);
    const year2023 = page.getByRole('region', { name: '2023', exact: true });
    await expect(year2023.locator('li[data-event-id]')).toHaveCount(
      record.filter((event) => event.date.startsWith('2023')).length,
    );
  });

  test('notes where each visit stands in the record', async ({ timeline }) => {
    await expect(timeline.event(LI_QIANG).locator('.precedent')).toHaveText(
      'First Chinese visit to North Korea at head-of-government level or higher since Xi Jinping’s state visit (June 2019).',
    );
    await expect(timeline.event('2018-03-25-kim-jong-un-first-china-visit').locator('.precedent')).toHaveText(
      /^First North Korean visit to China at top-leader level since Kim Jong Il’s unofficial visit \(August 2011\)\.$/,
    );
  });

  test('shows each date to its precision in a machine-readable <time>', async ({ timeline }) => {
    const first = timeline.event(LI_HONGZHONG);
    await expect(first.locator('.event-date')).toHaveText('26 July 2023');
    await expect(first.locator('time')).toHaveAttribute('datetime', '2023-07-26');
    const second = timeline.event(LI_QIANG);
    await expect(second.locator('.event-date')).toHaveText('9–11 October 2025');
    await expect(second.locator('time')).toHaveCount(2);
    await expect(second.locator('time').first()).toHaveAttribute('datetime', '2025-10-09');
    await expect(second.locator('time').last()).toHaveAttribute('datetime', '2025-10-11');
  });

  test('shows type, direction, level and summary for each event', async ({ timeline }) => {
    const event = timeline.event(LI_QIANG);
    await expect(event.getByRole('list', { name: 'Type, direction and level' }).getByRole('listitem')).toHaveText([
      'Official visit',
      'China to North Korea',
      'Head of government',
    ]);
    await expect(event.locator('.summary')).toContainText('since Xi Jinping in 2019');
  });

  test('links each title to its event page', async ({ page, timeline }) => {
    await timeline.event(LI_HONGZHONG).getByRole('link').click();
    await expect(page).toHaveURL(`/events/${LI_HONGZHONG}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Li Hongzhong leads a Chinese delegation to the 70th anniversary of the Korean War armistice',
    );
  });

  test('links the data export from the footer', async ({ page }) => {
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'events.json' });
    await expect(link).toHaveAttribute('href', '/events.json');
  });

  test('can be used from the keyboard, starting with a visible skip link', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
  });

  test('declares a content security policy that lets only the site itself load and run code', async ({ page }) => {
    const policy = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(policy).toHaveAttribute('content', /default-src 'self';/);
    await expect(policy).toHaveAttribute('content', /script-src 'self' 'sha256-/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
