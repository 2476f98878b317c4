import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { accessibilityViolations, expect, test } from './fixtures.ts';

test.describe('the people page', () => {
  test('lists everyone the timeline names, in their own script with its language, and says who is left off', async ({
    page,
    record,
  }) => {
    await page.goto('/people/');
    const named = new Set(record.flatMap((event) => event.participants.map((p) => p.person).filter(Boolean)));
    const listed = page.getByRole('main').getByRole('listitem');
    await expect(listed).toHaveCount(named.size);
    // North Koreans in hangul, Chinese in Chinese characters, each marked with its language.
    const northKorea = page.getByRole('region', { name: 'North Korea' });
    await expect(northKorea.getByRole('listitem').filter({ hasText: 'Kim Jong Un' }).getByText('김정은')).toHaveAttribute(
      'lang',
      'ko',
    );
    await expect(northKorea.getByText('金正恩')).toHaveCount(0);
    const china = page.getByRole('region', { name: 'China' });
    await expect(china.getByRole('listitem').filter({ hasText: 'Xi Jinping' }).getByText('习近平')).toHaveAttribute(
      'lang',
      'zh-Hans',
    );
    // No one is listed with no event; those in the registry but in no event are counted in a note.
    await expect(listed.filter({ hasText: '· 0 events' })).toHaveCount(0);
    const registry = load(await readFile('content/people.yaml', 'utf8')) as { id: string }[];
    const left = registry.filter((person) => !named.has(person.id)).length;
    expect(left).toBeGreaterThan(0);
    await expect(page.getByText(/ in no published event yet, so (is|are) not listed\.$/)).toHaveText(
      left === 1
        ? 'One person in the registry appears in no published event yet, so is not listed.'
        : `${left} people in the registry appear in no published event yet, so are not listed.`,
    );
  });

  test('a Chinese leader’s page gives the hangul of both Koreas, each marked', async ({ page }) => {
    await page.goto('/people/xi-jinping/');
    await expect(page.getByRole('definition').filter({ hasText: '习近平' })).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('definition').filter({ hasText: '시진핑' })).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('definition').filter({ hasText: '습근평' })).toHaveAttribute('lang', 'ko-KP');
    await expect(page.getByRole('term').filter({ hasText: 'as North Korean media write it' })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/people/');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto('/people/kim-jong-un/');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
