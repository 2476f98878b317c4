import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventPage, expect, test } from './fixtures.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** A port no one is listening on: the dev server must not depend on a fixed one being free. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const PUBLISHED = '2019-06-20-xi-jinping-state-visit';
const DRAFT = '2015-01-05-wrong-draft-visit';

test('in npm run dev a draft is marked as one, and leaves a published page’s “first … since” line unchanged', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The line the published site gives, from the production build the suite runs against.
  const published = new EventPage(page);
  await published.goto(PUBLISHED);
  const line = (await published.precedent.textContent())!.replace(/\s+/g, ' ').trim();
  expect(line).toMatch(/^First Chinese visit to North Korea at top-leader level/);

  // A wrong draft: a top-leader Chinese visit between 2005 and 2019, which would otherwise become the precedent.
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-drafts-'));
  await cp('content/events', dir, { recursive: true });
  const seed = await readFile(path.join(dir, `${PUBLISHED}.md`), 'utf8');
  await writeFile(
    path.join(dir, `${DRAFT}.md`),
    seed
      .replace(/^title: .*$/m, 'title: A wrong draft of a visit')
      .replace(/^date: .*$/m, 'date: 2015-01-05')
      .replace(/^end: .*$/m, 'end: 2015-01-06\ndraft: true'),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, EVENTS_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  // The dev server's own page: its scripts come from that server, which the preview suite's guard would refuse.
  const dev = await browser.newPage();
  try {
    await expect
      .poll(async () => (await dev.request.get(origin).catch(() => undefined))?.status(), { timeout: 60_000 })
      .toBe(200);

    // On the timeline: listed, and marked.
    await dev.goto(origin);
    const item = dev.getByRole('listitem').filter({ has: dev.getByRole('link', { name: 'A wrong draft of a visit' }) });
    await expect(item).toHaveAttribute('data-draft', 'true');
    await expect(item.getByText('Draft', { exact: true })).toBeVisible();

    // On its own page: marked.
    const draft = new EventPage(dev);
    await draft.goto(DRAFT, origin);
    await expect(draft.draftMark).toBeVisible();

    // The published visit's line is the published site's, word for word, and names no draft.
    const visit = new EventPage(dev);
    await visit.goto(PUBLISHED, origin);
    await expect(visit.draftMark).toHaveCount(0);
    await expect(visit.precedent).toHaveText(line, { useInnerText: true });
    await expect(visit.precedent.getByRole('link', { name: /2015/ })).toHaveCount(0);
  } finally {
    await dev.close();
    server.kill();
  }
});
