import { KNOWN_FIELDS } from '../src/domain/schema.ts';
import { accessibilityViolations, expect, test } from './fixtures.ts';

/** Fields that hold a list: the codebook names their parts `name[].part`. */
const LISTS = new Set(['participants', 'sources', 'corrections', 'related', 'accounts.phrases']);

/** The codebook's rows for a field: the field itself, then each of its parts, depth first. */
const codebookRows = (name: string, shown = name): string[] => [
  shown,
  ...(KNOWN_FIELDS[name] ?? []).flatMap((part) =>
    codebookRows(`${name}.${part}`, `${shown}${LISTS.has(name) ? '[]' : ''}.${part}`),
  ),
];

test.describe('the data page', () => {
  test('is what the header’s Data link opens', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Data' }).click();
    await expect(page).toHaveURL('/data/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
  });

  test('lists every download with its true size and row count', async ({ page, request }) => {
    await page.goto('/data/');
    const table = page.getByRole('table', { name: 'Every file, with its size and how many rows it holds' });
    const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      const link = row.getByRole('link');
      const href = (await link.getAttribute('href'))!;
      const response = await request.get(href);
      expect(response.ok(), href).toBe(true);
      const body = await response.body();
      const cells = row.getByRole('cell');
      const size = (await cells.nth(2).textContent())!;
      const [, amount, unit] = /^([\d.]+) (bytes|KB|MB)$/.exec(size)!;
      const bytes = Number(amount) * { bytes: 1, KB: 1024, MB: 1024 ** 2 }[unit as 'bytes' | 'KB' | 'MB'];
      expect(Math.abs(bytes - body.length), `${href} is ${body.length} bytes, said ${size}`).toBeLessThan(
        unit === 'bytes' ? 1 : unit === 'KB' ? 52 : 52_429,
      );
      const rowCount = (await cells.nth(1).textContent())!;
      if (href.endsWith('events.json')) {
        expect(Number(rowCount.replace(/,/g, ''))).toBe(JSON.parse(body.toString('utf8')).events.length);
      }
    }
  });

  test('has a codebook listing every field the build accepts, and every value with its meaning', async ({ page }) => {
    await page.goto('/data/');
    const fields = page.getByRole('table', { name: 'Fields of an event' }).getByRole('rowheader');
    await expect(fields).toHaveText(KNOWN_FIELDS['']!.flatMap((name) => codebookRows(name)));
    const values = page.getByRole('region', { name: 'Values and what they mean' });
    for (const heading of ['type', 'direction', 'level', 'sources[].side and participants[].side']) {
      await expect(values.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
    }
    await expect(values.getByRole('term').filter({ hasText: /^state-visit / })).toHaveText('state-visit (State visit)');
    await expect(page.getByRole('link', { name: 'About the record' }).last()).toHaveAttribute('href', '/record/');
  });

  test('describes the dataset for search engines', async ({ page, record }) => {
    await page.goto('/data/');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const dataset = JSON.parse(json!);
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.name).toBe('China–North Korea Diplomacy Timeline');
    expect(dataset.distribution.map((file: { contentUrl: string }) => file.contentUrl)).toContain('/events.json');
    expect(dataset.temporalCoverage).toBe(`${record[0]!.date.slice(0, 4)}/${record.at(-1)!.date.slice(0, 4)}`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/data/');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
