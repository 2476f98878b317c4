import { expect, test } from './fixtures.ts';

const PAGES = ['/', '/events/2018-03-25-kim-jong-un-first-china-visit/', '/people/', '/people/xi-jinping/', '/record/', '/data/'];

test.describe('one header on every page', () => {
  test('stands in the same place, the same size, on the timeline and every other page', async ({ page, timeline }) => {
    const boxes: { path: string; name: unknown; nav: unknown }[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      boxes.push({
        path,
        name: await page.getByRole('banner').getByRole('link').first().boundingBox(),
        nav: await timeline.siteNav.boundingBox(),
      });
    }
    for (const box of boxes.slice(1)) {
      expect({ name: box.name, nav: box.nav }, box.path).toEqual({ name: boxes[0]!.name, nav: boxes[0]!.nav });
    }
  });

  test('is one line on a phone, on every page, and marks the page the reader is on', async ({ page, timeline }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of PAGES) {
      await page.goto(path);
      const links = page.getByRole('banner').getByRole('link');
      await expect(links).toHaveCount(4);
      const tops = await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
      expect(Math.max(...tops) - Math.min(...tops), path).toBeLessThanOrEqual(2);
      expect((await page.getByRole('banner').boundingBox())!.height, path).toBeLessThan(56);
      await expect.poll(() => timeline.sidewaysOverflow(), path).toBeLessThanOrEqual(0);
    }
    // The menu keeps its full names for screen readers, however short it looks.
    await expect(timeline.siteNav.getByRole('link', { name: 'About the record' })).toBeVisible();
    await page.goto('/record/');
    await expect(timeline.siteNav.getByRole('link', { name: 'About the record' })).toHaveAttribute('aria-current', 'page');
    await page.goto('/people/xi-jinping/');
    await expect(timeline.siteNav.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  });
});
