import Papa from 'papaparse';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The text of a download. */
async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const parse = (text: string) => Papa.parse<Record<string, string>>(text.trimEnd(), { header: true });

test.describe('downloading the events shown', () => {
  for (const query of [
    '',
    'type=summit',
    'direction=dprk-to-china&level=leader&order=newest',
    'q=anniversary&from=2000',
  ]) {
    test(`gives exactly the events on screen, in their order, for ${query || 'no filter'}`, async ({
      page,
      timeline,
      request,
    }) => {
      await timeline.goto(query);
      // A search settles once the entries' full text has loaded.
      await expect(timeline.status).toHaveText(/^Showing (all )?[\d,]+( of [\d,]+)? events\.$/);
      await expect.poll(() => timeline.visibleIds()).not.toEqual([]);
      const shown = await timeline.visibleIds();
      // The downloads are one step away, with the chart.
      await timeline.openMore();
      const csvButton = page.getByRole('button', { name: `Download the ${shown.length} events shown (CSV)` });
      await expect(csvButton).toBeVisible();

      const csvDownload = page.waitForEvent('download');
      await csvButton.click();
      const csv = parse(await textOf(await csvDownload));
      expect(csv.errors).toEqual([]);
      expect(csv.data.map((row) => row.id)).toEqual(shown);
      // Each row is the row the site's own /events.csv has for that event: the same writer, the same columns.
      const published = parse(await (await request.get('/events.csv')).text());
      expect(csv.meta.fields).toEqual(published.meta.fields);
      const byId = new Map(published.data.map((row) => [row.id, row]));
      expect(csv.data).toEqual(shown.map((id) => byId.get(id)));

      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download them as JSON' }).click();
      const json = JSON.parse(await textOf(await jsonDownload)) as { events: { id: string }[] };
      expect(json.events.map((event) => event.id)).toEqual(shown);
      const record = (await (await request.get('/events.json')).json()) as { events: { id: string }[] };
      expect(json.events).toEqual(shown.map((id) => record.events.find((event) => event.id === id)));
    });
  }

  test('says how many it will give as the filter changes', async ({ page, timeline, record }) => {
    await timeline.goto();
    await timeline.openMore();
    await expect(page.getByRole('button', { name: `Download the ${record.length} events shown (CSV)` })).toBeVisible();
    await timeline.checkbox('Summit').check();
    const summits = record.filter((event) => event.type === 'summit').length;
    await expect(page.getByRole('button', { name: `Download the ${summits} events shown (CSV)` })).toBeVisible();
  });
});
