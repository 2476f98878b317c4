import { expect, test } from './fixtures.ts';

// The two screens the issue measures: a laptop and a phone.
const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

test.describe('the first screen of the timeline', () => {
  for (const screen of SCREENS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`shows the status line, the chart and the first event without scrolling (${screen.name}, ${colorScheme})`, async ({
        page,
        timeline,
        record,
      }) => {
        await page.setViewportSize(screen);
        await page.emulateMedia({ colorScheme });
        await timeline.goto();
        const first = timeline.event(record[0]!.id);
        // Wholly on screen: the count, the chart of the years, and the first event's date, title and facts.
        for (const part of [timeline.status, timeline.strip, first.date, first.heading, first.facts.first()]) {
          await expect(part).toBeInViewport({ ratio: 1 });
        }
        await expect(timeline.status).toHaveText(`Showing all ${record.length} events.`);
        // The full chart and the downloads are one step away.
        await expect(timeline.more.getByText('Chart and downloads', { exact: true })).toBeInViewport();
        await page.screenshot({ path: test.info().outputPath(`first-screen-${screen.name}-${colorScheme}.png`) });
      });
    }
  }

  test('on a phone with the filters open, the results are one tap away', async ({ page, timeline, record }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await timeline.goto();
    await timeline.filtersToggle.click();
    // The panel is long; its last control stays at the foot of the screen while the reader is in it.
    await timeline.group('Type').scrollIntoViewIfNeeded();
    await expect(timeline.showResults).toBeInViewport({ ratio: 1 });
    await expect(timeline.showResults).toHaveText(`Show ${record.length} events`);
  });
});

test.describe('the first screen without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('keeps everything: the strip, the full chart one step away, and every event', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    await expect(timeline.strip).toBeVisible();
    await timeline.more.getByText('Chart and downloads', { exact: true }).click();
    await expect(page.getByRole('img', { name: 'Exchanges per year, by direction and level' })).toBeVisible();
    await expect(
      page.getByRole('figure', { name: 'Exchanges per year' }).getByText('Show as table', { exact: true }),
    ).toBeVisible();
    await expect(timeline.yearsNav).toBeVisible();
    await expect.poll(() => timeline.visibleIds()).toEqual(record.map((event) => event.id));
  });
});
