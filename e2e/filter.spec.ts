import { accessibilityViolations, expect, test } from './fixtures.ts';

const LI_HONGZHONG = '2023-07-26-li-hongzhong-armistice-70th';
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';

test.describe('filtering the timeline', () => {
  test('by type shows only matching events, says how many and keeps the filter in the URL', async ({
    page,
    timeline,
  }) => {
    await timeline.goto();
    const status = page.getByRole('status');
    await expect(status).toHaveText('Showing all 2 events.');
    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Delegation (1)' });
    await expect(timeline.events.and(page.locator(':visible'))).toHaveCount(1);
    await expect(timeline.event(LI_HONGZHONG)).toBeVisible();
    await expect(timeline.event(LI_QIANG)).toBeHidden();
    await expect(status).toHaveText('Showing 1 of 2 events.');
    await expect(page).toHaveURL('/?type=delegation');
    await expect(page.getByRole('heading', { name: '2025', level: 2 })).toBeHidden();
  });

  test('by search finds participants and places', async ({ page, timeline }) => {
    await timeline.goto();
    await page.getByRole('searchbox', { name: 'Search' }).fill('pak thae song');
    await expect(timeline.event(LI_QIANG)).toBeVisible();
    await expect(timeline.event(LI_HONGZHONG)).toBeHidden();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Hoechang');
    await expect(page.getByRole('status')).toHaveText('No events match these filters.');
    await expect(timeline.events.and(page.locator(':visible'))).toHaveCount(0);
  });

  test('restores a shared filtered address, and clears back to everything', async ({ page, timeline }) => {
    await page.goto('/?level=head-of-government&from=2024');
    await expect(page.getByRole('combobox', { name: 'Level', exact: true })).toHaveValue('head-of-government');
    await expect(page.getByRole('spinbutton', { name: 'From year' })).toHaveValue('2024');
    await expect(timeline.event(LI_QIANG)).toBeVisible();
    await expect(timeline.event(LI_HONGZHONG)).toBeHidden();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(timeline.events.and(page.locator(':visible'))).toHaveCount(2);
    await expect(page).toHaveURL('/');
  });

  test('by year range', async ({ page, timeline }) => {
    await timeline.goto();
    await page.getByRole('spinbutton', { name: 'To year' }).fill('2023');
    await expect(timeline.event(LI_HONGZHONG)).toBeVisible();
    await expect(timeline.event(LI_QIANG)).toBeHidden();
    await expect(page).toHaveURL('/?to=2023');
  });

  test('has no accessibility violations with a filter applied', async ({ page }) => {
    await page.goto('/?q=li+qiang');
    await expect(page.getByRole('status')).toHaveText('Showing 1 of 2 events.');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole timeline shows and the filter form stays out of the way', async ({ page, timeline }) => {
    await page.goto('/?type=delegation');
    await expect(timeline.events.and(page.locator(':visible'))).toHaveCount(2);
    await expect(page.getByRole('search')).toBeHidden();
  });
});
