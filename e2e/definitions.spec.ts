import { accessibilityViolations, expect, test } from './fixtures.ts';

/** The record page's definitions of one vocabulary, term to meaning: where the definitions are written. */
async function recordDefinitions(page: import('@playwright/test').Page, section: string) {
  await page.goto('/record/');
  const region = page.getByRole('region', { name: section, exact: true });
  const terms = await region.getByRole('term').allTextContents();
  const meanings = await region.getByRole('definition').allTextContents();
  return new Map(terms.map((term, index) => [term.trim(), meanings[index]!.trim()]));
}

test.describe('each option explains itself on the timeline', () => {
  for (const [group, section] of [
    ['Type', 'Type'],
    ['Direction', 'Direction'],
    ['Level', 'Level'],
  ] as const) {
    test(`every ${group.toLowerCase()} option shows the record’s own definition, by mouse`, async ({
      page,
      timeline,
    }) => {
      test.slow(); // a click in and out of every option
      const definitions = await recordDefinitions(page, section);
      await timeline.goto();
      const options = await timeline.options(group);
      expect(options.length).toBeGreaterThan(1);
      for (const option of options) {
        const label = (await option.label.textContent())!.trim();
        await expect(option.definition).toBeHidden();
        await option.explain.click();
        await expect(option.explain).toHaveAttribute('aria-expanded', 'true');
        await expect(option.definition).toBeVisible();
        await expect(option.definition).toHaveText(definitions.get(label)!);
        await option.explain.click();
        await expect(option.definition).toBeHidden();
      }
    });
  }

  test('opens and closes from the keyboard, and Escape closes it', async ({ page, timeline }) => {
    await timeline.goto();
    const explain = timeline.group('Type').getByRole('button', { name: 'What “Summit” means' });
    const definition = timeline
      .group('Type')
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'What “Summit” means' }) })
      .getByRole('paragraph');
    await explain.focus();
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await expect(definition).toHaveText('A meeting of leaders not announced as a visit by one side to the other.');
    await expect(explain).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(explain).toBeFocused();
    await page.keyboard.press('Space');
    await expect(definition).toBeVisible();
  });

  test('marks the Chinese terms in a definition with their language', async ({ timeline }) => {
    await timeline.goto();
    const state = (await timeline.options('Type'))[0]!;
    await state.explain.click();
    await expect(state.definition.getByText('国事访问')).toHaveAttribute('lang', 'zh');
  });

  test('has no accessibility violations with definitions open (light and dark)', async ({ page, timeline }) => {
    test.slow(); // two full scans
    await timeline.goto();
    for (const group of ['Type', 'Level']) await (await timeline.options(group))[0]!.explain.click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await accessibilityViolations(page, { include: 'timeline-filter form' })).toEqual([]);
    }
  });
});

test.describe('definitions on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap shows an option’s meaning, and another hides it', async ({ timeline }) => {
    await timeline.goto();
    await timeline.filtersToggle.tap();
    const level = (await timeline.options('Level'))[0]!;
    await level.explain.tap();
    await expect(level.definition).toBeVisible();
    await expect(level.definition).toContainText('top leader');
    await level.explain.tap();
    await expect(level.definition).toBeHidden();
  });
});
