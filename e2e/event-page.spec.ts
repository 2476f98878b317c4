import { accessibilityViolations, expect, test } from './fixtures.ts';

const LI_HONGZHONG = '2023-07-26-li-hongzhong-armistice-70th';
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';

test.describe('an event page', () => {
  test('shows the title, dates, type, direction, level, location and occasion', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    await expect(page).toHaveTitle(/^Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary",
    );
    await expect(page.locator('article .event-date')).toHaveText('9–11 October 2025');
    await expect(page.getByRole('list', { name: 'Type, direction and level' }).getByRole('listitem')).toHaveText([
      'Official visit',
      'China to North Korea',
      'Head of government',
    ]);
    await expect(page.getByRole('definition')).toHaveText([
      'Pyongyang and Anju',
      '80th anniversary of the founding of the Workers’ Party of Korea'.replace('’', "'"),
    ]);
  });

  test('lists the participants with side and role', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    const people = page.getByRole('region', { name: 'Participants' }).getByRole('listitem');
    await expect(people).toHaveCount(3);
    await expect(people.nth(0)).toContainText('Li Qiang');
    await expect(people.nth(0)).toContainText('China');
    await expect(people.nth(0)).toContainText('Premier of the State Council');
    await expect(people.nth(2)).toContainText('Pak Thae Song');
    await expect(people.nth(2)).toContainText('North Korea');
  });

  test('renders the narrative from Markdown', async ({ page }) => {
    await page.goto(`/events/${LI_HONGZHONG}/`);
    const account = page.getByRole('region', { name: 'Account' });
    await expect(account.getByRole('heading', { name: 'In Pyongyang' })).toBeVisible();
    await expect(account.getByText('26 July.', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
    await expect(account).toContainText('No source found gives the day the delegation left Pyongyang');
  });

  test('lists its sources with publisher and date, linked safely', async ({ page }) => {
    await page.goto(`/events/${LI_QIANG}/`);
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await expect(sources).toHaveCount(7);
    const first = sources.first();
    await expect(first).toContainText('People’s Daily Online (Xinhua), 7 October 2025'.replace('’', "'"));
    const link = first.getByRole('link');
    await expect(link).toHaveAttribute('href', 'http://en.people.cn/n3/2025/1007/c90000-20374256.html');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('rel', /noreferrer/);
  });

  test('links to the previous and next events and back to itself on the timeline', async ({ page, timeline }) => {
    await page.goto(`/events/${LI_HONGZHONG}/`);
    const pager = page.getByRole('navigation', { name: 'Previous and next events' });
    await expect(pager.getByRole('link')).toHaveCount(1);
    await pager.getByRole('link', { name: /Next event/ }).click();
    await expect(page).toHaveURL(`/events/${LI_QIANG}/`);
    await expect(pager.getByRole('link', { name: /Next event/ })).toHaveCount(0);
    await expect(pager.getByRole('link', { name: /Previous event/ })).toHaveAttribute(
      'href',
      `/events/${LI_HONGZHONG}/`,
    );

    await page.getByRole('link', { name: 'See this event on the timeline' }).click();
    await expect(page).toHaveURL(`/#${LI_QIANG}`);
    await expect(timeline.event(LI_QIANG)).toBeInViewport();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/events/${LI_HONGZHONG}/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/status of 404/] });
    test('answers an unknown address with the not-found page', async ({ page }) => {
      const response = await page.goto('/events/no-such-event/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.getByRole('link', { name: 'Go to the timeline' }).click();
      await expect(page).toHaveURL('/');
    });
  });
});
