import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { selectAll } from 'css-select';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { ScratchRepository } from '../test/scratch-repository.ts';
import { accessibilityViolations, EventPage, expect, serveBuild, test, TimelinePage } from './fixtures.ts';
import { freePort } from './free-port.ts';
import { ChangesPage } from './pages/record-pages.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Runs `astro build` on a folder of event files into a fresh output folder; never throws. */
async function build(eventsDir: string, env: Record<string, string> = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'timeline-dist-'));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      env: { ...process.env, EVENTS_DIR: eventsDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, outDir };
  }
}

/** A folder holding the two founding events, with extra files (name → text). */
async function eventsWith(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-events-'));
  for (const seed of ['2023-07-26-li-hongzhong-armistice-70th.md', '2025-10-09-li-qiang-wpk-80th.md']) {
    await cp(path.join('content/events', seed), path.join(dir, seed));
  }
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

/** Every file in a folder with a hash of its bytes. */
async function fingerprint(dir: string) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    hashes[path.relative(dir, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
  }
  return hashes;
}

const ZHAO_LEJI = `---
title: Zhao Leji opens the China–DPRK Friendship Year in Pyongyang
date: 2024-04-11
end: 2024-04-13
type: official-visit
direction: china-to-dprk
level: senior-leader
participants:
  - name: Zhao Leji
    lead: true
summary: A fixture event added by the build test.
sources:
  - title: Fixture source
    publisher: Test
---

Added by a test.
`;

/** The fixture as an exchange both ways, which names no travelling lead, so any date will do. */
const AGREEMENT = ZHAO_LEJI.replace(
  'type: official-visit\ndirection: china-to-dprk\nlevel: senior-leader',
  'type: agreement\ndirection: mutual',
).replace('participants:\n  - name: Zhao Leji\n    lead: true\n', '');

// Builds and the dev server share Astro's cache, so they run one at a time.
test.describe.configure({ mode: 'serial' });

test.describe('building from an events folder', () => {
  test('a valid file dropped into the folder appears after a build', async ({ page }) => {
    const { ok, output, outDir } = await build(await eventsWith({ '2024-04-11-zhao-leji.md': ZHAO_LEJI }));
    expect(ok, output).toBe(true);
    // A build a newcomer can read: no warning they cannot act on (such as one about the security policy).
    expect(output).not.toMatch(/\[WARN\]/);
    const origin = await serveBuild(page, outDir);
    await page.goto(`${origin}/`);
    const timeline = new TimelinePage(page);
    await expect(timeline.events).toHaveCount(3);
    await expect
      .poll(() => timeline.visibleIds())
      .toEqual(['2023-07-26-li-hongzhong-armistice-70th', '2024-04-11-zhao-leji', '2025-10-09-li-qiang-wpk-80th']);
    const added = timeline.eventTitled('Zhao Leji opens the China–DPRK Friendship Year in Pyongyang');
    await expect(added.date).toHaveText('11–13 April 2024');
    await added.link.click();
    await expect(new EventPage(page).heading).toHaveText('Zhao Leji opens the China–DPRK Friendship Year in Pyongyang');
    const exported = JSON.parse(await readFile(path.join(outDir, 'events.json'), 'utf8'));
    expect(exported.events.map((event: { id: string }) => event.id)).toContain('2024-04-11-zhao-leji');
  });

  test('a draft is left out of the build', async () => {
    const draft = ZHAO_LEJI.replace('level: senior-leader', 'level: senior-leader\ndraft: true');
    const { ok, output, outDir } = await build(await eventsWith({ '2024-04-11-zhao-leji.md': draft }));
    expect(ok, output).toBe(true);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).not.toContain('2024-04-11-zhao-leji');
    await expect(readFile(path.join(outDir, 'events', '2024-04-11-zhao-leji', 'index.html'))).rejects.toThrow();
  });

  test('invalid files fail the build, every one named with its field and what is allowed', async () => {
    const dir = await eventsWith({
      '2023-02-30-bad-date.md': ZHAO_LEJI.replace('date: 2024-04-11\nend: 2024-04-13', 'date: 2023-02-30'),
      '2024-unknown-field.md': ZHAO_LEJI.replace('type: official-visit', 'type: official-visit\nlocaton: Pyongyang'),
      '2024-script.md': ZHAO_LEJI.replace('Added by a test.', 'Added <script>alert(1)</script> by a test.'),
      '2024-draft.md': ZHAO_LEJI.replace('type: official-visit', 'type: trip\ndraft: true'),
    });
    const { ok, output, outDir } = await build(dir);
    expect(ok).toBe(false);
    expect(output).toContain('4 content files are invalid');
    expect(output).toContain(
      `${dir}/2023-02-30-bad-date.md: date "2023-02-30" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)`,
    );
    expect(output).toContain(`${dir}/2024-unknown-field.md: locaton is not a known field (did you mean "location"?`);
    expect(output).toContain(`${dir}/2024-script.md: narrative uses <script>, which is not allowed`);
    expect(output).toContain(`${dir}/2024-draft.md: type "trip" is not an allowed value (one of state-visit,`);
    await expect(readFile(path.join(outDir, 'index.html'))).rejects.toThrow();
  });

  test('odd and hostile files fail the build together, each named with what is wrong, and no stack trace', async () => {
    const withDate = (date: string) => AGREEMENT.replace('date: 2024-04-11\nend: 2024-04-13', `date: ${date}`);
    const narrative = (text: string) => AGREEMENT.replace('Added by a test.', text);
    const dir = await eventsWith({
      '2024-01-01-far-future.md': withDate('9999-12-31'),
      '2024-01-02-hex-year.md': withDate('0x7B9'),
      '2024-01-03-bell.md': AGREEMENT.replace(/^title: .*$/m, 'title: "A bell \\a in the title"'),
      '2024-01-04-backslash.md': narrative('See <a href="/\\evil.example/">this</a>.'),
      '2024-01-05-missing.md': narrative('See [it](/events/1999-01-01-nothing/) and ![a map](/images/none.png).'),
      '2024-01-06-twice.md': ZHAO_LEJI.replace('    lead: true\n', '    lead: true\n  - name: zhao-leji\n'),
      '2024-01-07-space.md': ZHAO_LEJI.replace(
        'publisher: Test',
        'publisher: Test\n    url: "https://example.org/a b"',
      ),
      '2024-01-08-upper.MD': AGREEMENT,
    });
    await symlink(path.join(dir, 'gone.md'), path.join(dir, '2024-01-09-dangling.md'));
    const { ok, output, outDir } = await build(dir);
    expect(ok).toBe(false);
    expect(output).toContain('9 content files are invalid');
    for (const line of [
      `${dir}/2024-01-01-far-future.md: date "9999-12-31" has the year 9999, outside 1900–2099, the years the record holds (a typo?) (use YYYY-MM-DD, YYYY-MM or YYYY)`,
      `${dir}/2024-01-02-hex-year.md: date "0x7B9" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`,
      `${dir}/2024-01-03-bell.md: title "A bell \\u0007 in the title" contains U+0007 (BEL, a control character) at character 8; remove it`,
      `${dir}/2024-01-04-backslash.md: narrative links to "/\\evil.example/", which browsers read as another site's address without its scheme`,
      `${dir}/2024-01-05-missing.md: narrative links to "/events/1999-01-01-nothing/", but no event has the id "1999-01-01-nothing"`,
      `${dir}/2024-01-05-missing.md: narrative shows the image "/images/none.png", which is no file in public/`,
      `${dir}/2024-01-06-twice.md: participants[1].name "zhao-leji" is Zhao Leji (zhao-leji), who is already listed as participants[0]`,
      `${dir}/2024-01-07-space.md: sources[0].url "https://example.org/a b" contains white space at character 22`,
      `${dir}/2024-01-08-upper.MD: is not read as an event: event files end in .md, lowercase (rename it to 2024-01-08-upper.md)`,
      `${dir}/2024-01-09-dangling.md: is a symbolic link to "${path.join(dir, 'gone.md')}", which does not exist`,
    ]) {
      expect(output).toContain(line);
    }
    // Every problem is one a content file causes: none comes with a stack trace.
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    await expect(readFile(path.join(outDir, 'index.html'))).rejects.toThrow();
  });

  test('a missing events folder, or one with no events, stops the build with a message and no stack trace', async () => {
    const missing = path.join(tmpdir(), 'timeline-no-such-folder');
    const empty = await mkdtemp(path.join(tmpdir(), 'timeline-empty-'));
    for (const [dir, message] of [
      [missing, 'the events folder does not exist (EVENTS_DIR names it when set; otherwise it is content/events)'],
      [empty, 'holds no event files, and a site with no events is not built'],
    ] as const) {
      const { ok, output } = await build(dir);
      expect(ok, output).toBe(false);
      expect(output).toContain(`${dir}: ${message}`);
      expect(output).not.toMatch(/ENOENT|^\s+at .+:\d+:\d+\)?$/m);
    }
  });

  test('events in a folder linked from the events folder are built, as the folder itself would be', async ({
    record,
  }) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-linked-'));
    await symlink(path.resolve('content/events'), path.join(dir, 'linked'));
    const { ok, output, outDir } = await build(dir);
    expect(ok, output).toBe(true);
    const built = JSON.parse(await readFile(path.join(outDir, 'events.json'), 'utf8'));
    expect(built.events.map((event: { id: string }) => event.id)).toEqual(record.map((event) => event.id));
  });

  test('an accepted narrative with odd text and a huge image stays within the page, its ids unique', async ({
    page,
  }) => {
    const word = 'Pyongyang'.repeat(20);
    const title = `Text as written: مرحبا e\u0301 𝄞 ${word.slice(0, 100)}`;
    const odd = AGREEMENT.replace(/^title: .*$/m, `title: "${title}"`).replace(
      'Added by a test.',
      `## Sources\n\nA heading named like the page's own, [a link to it](#sources), a long word ${word}, and an image:\n\n` +
        '<img src="/favicon.svg" width="100000" height="100000" alt="The site’s mark">\n\n## Cite this event\n\nAnother.',
    );
    const { ok, output, outDir } = await build(await eventsWith({ '2024-04-11-odd.md': odd }));
    expect(ok, output).toBe(true);
    const origin = await serveBuild(page, outDir);
    const eventPage = new EventPage(page);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${origin}/events/2024-04-11-odd/`);
      await expect(eventPage.heading).toHaveText(title);
      await expect(eventPage.account.getByRole('img', { name: 'The site’s mark' })).toBeVisible();
      await expect.poll(() => eventPage.sidewaysOverflow(), `${viewport.width} px`).toBe(0);
      await expect(eventPage.sources.getByRole('heading', { level: 2 })).toHaveText('Sources');
    }
    const built = parseDocument(await readFile(path.join(outDir, 'events', '2024-04-11-odd', 'index.html'), 'utf8'));
    const ids = (selectAll('[id]', built) as unknown as Element[]).map((element) => element.attribs.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    await eventPage.account.getByRole('link', { name: 'a link to it' }).click();
    await expect(eventPage.account.getByRole('heading', { name: 'Sources' })).toBeInViewport();
  });

  test('the output is byte-identical whatever the machine time zone', async () => {
    const dir = await eventsWith({
      '2024-04-11-zhao-leji.md': ZHAO_LEJI,
      '1961-07-treaty.md': AGREEMENT.replace('date: 2024-04-11\nend: 2024-04-13', 'date: 1961-07'),
      '1953-armistice.md': AGREEMENT.replace('date: 2024-04-11\nend: 2024-04-13', 'date: 1953\nend: 1954'),
      // A day late in the year and one early in it, added on a day: calendars, anniversaries and the feed
      // are where a time zone would shift a date.
      '1949-10-06-relations.md': AGREEMENT.replace('date: 2024-04-11\nend: 2024-04-13', 'date: 1949-10-06').replace(
        'summary:',
        'added: 2026-11-23\nsummary:',
      ),
      '2024-12-31-new-year.md': AGREEMENT.replace(
        'date: 2024-04-11\nend: 2024-04-13',
        'date: 2024-12-31\nend: 2025-01-01',
      ),
    });
    // With the site's address, so the sitemap and absolute links are compared too.
    const site = { SITE_URL: 'https://example.org', BASE_PATH: '/timeline' };
    const east = await build(dir, { TZ: 'Pacific/Kiritimati', ...site });
    const west = await build(dir, { TZ: 'Pacific/Pago_Pago', ...site });
    expect(east.ok, east.output).toBe(true);
    expect(west.ok, west.output).toBe(true);
    const [eastFiles, westFiles] = [await fingerprint(east.outDir), await fingerprint(west.outDir)];
    expect(Object.keys(eastFiles)).toEqual(
      expect.arrayContaining([
        'events/1961-07-treaty/index.html',
        'events.json',
        'events.csv',
        'events-excel.csv',
        'participants.csv',
        'participants-excel.csv',
        'sources.csv',
        'sources-excel.csv',
        'datapackage.json',
        'events.ics',
        'anniversaries.ics',
        'feed.xml',
        'sitemap-index.xml',
        'sitemap-0.xml',
      ]),
    );
    const calendar = await readFile(path.join(east.outDir, 'events.ics'), 'utf8');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250102\r\n');
    expect(await readFile(path.join(east.outDir, 'anniversaries.ics'), 'utf8')).toContain(
      'DTSTART;VALUE=DATE:19491006\r\nDTEND;VALUE=DATE:19491007\r\n',
    );
    expect(await readFile(path.join(east.outDir, 'feed.xml'), 'utf8')).toContain(
      '<pubDate>Mon, 23 Nov 2026 00:00:00 GMT</pubDate>',
    );
    expect(eastFiles).toEqual(westFiles);
    expect(await readFile(path.join(east.outDir, 'index.html'), 'utf8')).toContain(
      '<time datetime="1961-07">July 1961</time>',
    );
  });

  test("with the site's address, exports link absolutely and the sitemap leaves out redirect pages", async () => {
    const renamed = ZHAO_LEJI.replace('type: official-visit', 'type: official-visit\nformerIds: [2024-04-11-zhao-old]');
    const { ok, output, outDir } = await build(await eventsWith({ '2024-04-11-zhao-leji.md': renamed }), {
      SITE_URL: 'https://example.org',
      BASE_PATH: '/timeline',
    });
    expect(ok, output).toBe(true);
    const page = 'https://example.org/timeline/events/2024-04-11-zhao-leji/';
    // The old address still has its page, which redirects and asks not to be indexed…
    expect(await readFile(path.join(outDir, 'events', '2024-04-11-zhao-old', 'index.html'), 'utf8')).toContain(
      'noindex',
    );
    // …so the sitemap lists the new one and every other page, but not the old one nor the data files.
    const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(listed).toContain(page);
    expect(listed).toContain('https://example.org/timeline/');
    expect(listed).toContain('https://example.org/timeline/record/');
    expect(listed.filter((url) => url.includes('zhao-old') || !url.endsWith('/'))).toEqual([]);
    expect(await readFile(path.join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(
      '<loc>https://example.org/timeline/sitemap-0.xml</loc>',
    );
    // Every export links to the event's page at the site's address, under its base path.
    expect(await readFile(path.join(outDir, 'events.csv'), 'utf8')).toContain(`,${page}\r\n`);
    expect(await readFile(path.join(outDir, 'feed.xml'), 'utf8')).toContain(`<link>${page}</link>`);
    expect(await readFile(path.join(outDir, 'events.ics'), 'utf8')).toContain(
      'URL;VALUE=URI:https://example.org/timeline/',
    );
    expect(JSON.parse(await readFile(path.join(outDir, 'datapackage.json'), 'utf8')).homepage).toBe(
      'https://example.org/timeline/',
    );
  });

  test('under a sub-path, every internal link and asset of every page resolves inside it', async () => {
    test.setTimeout(120_000);
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-events-'));
    await cp('content/events', dir, { recursive: true });
    // A narrative written with links from the site's root, as an editor would write them.
    const withLinks = path.join(dir, '2024-04-11-zhao-leji-friendship-year.md');
    await writeFile(
      withLinks,
      `${(await readFile(withLinks, 'utf8')).trimEnd()}\n\nSee [the treaty](/events/1961-07-11-friendship-treaty/) and [the record](/record/#coverage).\n`,
    );
    const { ok, output, outDir } = await build(dir, {
      SITE_URL: 'https://example.org',
      BASE_PATH: '/timeline',
    });
    expect(ok, output).toBe(true);
    const exists = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;
    const broken: string[] = [];
    const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      // The 404 page is served at any address, so its links must not depend on where it is.
      const pageUrl =
        page === '404.html'
          ? 'https://example.org/timeline/some/missing/page/'
          : `https://example.org/timeline/${page.replace(/index\.html$/, '')}`;
      const document = parseDocument(await readFile(path.join(outDir, page), 'utf8'));
      const elements = selectAll(
        '[href], [src], form[action], meta[http-equiv="refresh"]',
        document,
      ) as unknown as Element[];
      for (const element of elements) {
        const raw =
          element.attribs.href ??
          element.attribs.src ??
          element.attribs.action ??
          element.attribs.content?.replace(/^\d+;\s*url=/i, '');
        if (!raw || raw.startsWith('#') || /^(mailto|data|blob):/.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        if (url.origin !== 'https://example.org') continue; // a source on another site
        const inside = url.pathname.startsWith('/timeline/');
        let file = path.join(outDir, decodeURIComponent(url.pathname.replace(/^\/timeline\//, '/')));
        if (file.endsWith('/')) file = path.join(file, 'index.html');
        if (!inside || !((await exists(file)) || (await exists(path.join(file, 'index.html'))))) {
          broken.push(`${page}: ${raw}`);
        }
      }
    }
    expect(broken).toEqual([]);
    // The narrative's root-relative links were moved under the base.
    expect(
      await readFile(path.join(outDir, 'events', '2024-04-11-zhao-leji-friendship-year', 'index.html'), 'utf8'),
    ).toContain('href="/timeline/events/1961-07-11-friendship-treaty/"');
  });

  test('in astro dev, adding, editing and deleting a file updates the timeline without a restart', async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-dev-'));
    await cp('content/events', dir, { recursive: true });
    // A port free now, so suites run side by side do not meet; --ignore-lock, so an `npm run dev` already
    // running in this folder does not stop this one.
    const port = await freePort();
    const DEV_URL = `http://127.0.0.1:${port}/`;
    const server = spawn(
      process.execPath,
      [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
      { env: { ...process.env, EVENTS_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
    );
    /** The timeline's HTML as the dev server sends it; events are found by their links, `/events/<id>/`. */
    const timeline = async () => {
      try {
        return await (await request.get(DEV_URL)).text();
      } catch {
        return '';
      }
    };
    try {
      await expect.poll(timeline, { timeout: 45_000 }).toContain('href="/events/2025-10-09-li-qiang-wpk-80th/"');

      const seed = await readFile(path.join(dir, '2025-10-09-li-qiang-wpk-80th.md'), 'utf8');
      const added = path.join(dir, '2026-01-05-dev-added.md');
      await writeFile(added, seed.replace(/^title: .*$/m, 'title: Added while the server runs'));
      await expect.poll(timeline, { timeout: 20_000 }).toContain('Added while the server runs');
      await expect.poll(timeline).toContain('href="/events/2026-01-05-dev-added/"');

      await writeFile(added, seed.replace(/^title: .*$/m, 'title: Edited while the server runs'));
      await expect.poll(timeline, { timeout: 20_000 }).toContain('Edited while the server runs');

      await rm(added);
      await expect.poll(timeline, { timeout: 20_000 }).not.toContain('href="/events/2026-01-05-dev-added/"');
    } finally {
      server.kill();
    }
  });
});

test.describe('building from an events folder in a git repository', () => {
  // Each test builds the site once or twice, from a repository it makes.
  test.beforeEach(() => test.setTimeout(120_000));
  /** A repository whose history has an addition, a rename git cannot see (joined by formerIds), a correction and edits. */
  async function repositoryWithHistory() {
    const repository = await ScratchRepository.create('timeline-history-');
    const treaty = AGREEMENT.replace('date: 2024-04-11\nend: 2024-04-13', 'date: 1961-07-11').replace(
      'Zhao Leji opens the China–DPRK Friendship Year in Pyongyang',
      'The friendship treaty is signed',
    );
    await repository.write({ 'events/2024-04-11-zhao-old.md': ZHAO_LEJI, 'events/1961-07-11-treaty.md': treaty });
    // 23:30 in New York on 22 November is 23 November in UTC, the day every page must show.
    const added = await repository.commit('Add two entries', '2026-11-22T23:30:00-05:00');
    await repository.remove('events/2024-04-11-zhao-old.md');
    await repository.write({
      'events/2024-04-11-zhao-leji.md': ZHAO_LEJI.replace(
        '    publisher: Test',
        '    publisher: Test\n    url: https://example.org/zhao\n    published: 2024-04-11\n    accessed: 2026-11-20\n    archived: https://web.archive.org/web/20240412093000/https://example.org/zhao',
      )
        .replace('level: senior-leader', 'level: senior-leader\nformerIds: [2024-04-11-zhao-old]')
        .replace(
          '---\n\nAdded by a test.',
          'corrections:\n  - date: 2026-12-01\n    note: The entry named the wrong file.\nrelated:\n  - id: 1961-07-11-treaty\n    note: the treaty the year marked\n---\n\nAdded by a test, and renamed.',
        ),
    });
    const renamed = await repository.commit(
      'Rename the Zhao Leji entry and record the correction',
      '2026-12-01T10:00:00Z',
    );
    await repository.write({ 'events/1961-07-11-treaty.md': `${treaty}Edited.\n` });
    // 08:00 in Tokyo on 3 December is 2 December in UTC.
    const edited = await repository.commit('Edit the treaty', '2026-12-03T08:00:00+09:00');
    return { repository, hashes: { added, renamed, edited } };
  }

  test('each entry shows when it was added and changed, through renames, with its corrections, copies and links', async ({
    page,
  }) => {
    const { repository, hashes } = await repositoryWithHistory();
    const { ok, output, outDir } = await build(path.join(repository.dir, 'events'));
    expect(ok, output).toBe(true);
    expect(output).toContain('Read 3 commits of');
    const origin = await serveBuild(page, outDir);
    const eventPage = new EventPage(page);
    await page.goto(`${origin}/events/2024-04-11-zhao-leji/`);

    await expect(eventPage.history.getByRole('paragraph').first()).toHaveText(
      'Added to the record on 23 November 2026 (the day its file was first committed). Last changed on 1 December 2026.',
    );
    await expect(eventPage.changes).toHaveText([
      `1 December 2026 · Renamed from 2024-04-11-zhao-old · ${hashes.renamed.slice(0, 7)}Rename the Zhao Leji entry and record the correction`,
      `23 November 2026 · Added · ${hashes.added.slice(0, 7)}Add two entries`,
    ]);
    // The repository holding these files is not the project's, whose address the build knows: no links to it.
    await expect(eventPage.history.getByRole('link')).toHaveCount(0);
    await expect(eventPage.correctionItems).toHaveText([
      'Corrected on 1 December 2026. The entry named the wrong file.',
    ]);

    const source = eventPage.sourceItems.first();
    await expect(source).toContainText('read 20 November 2026');
    const archived = source.getByRole('link', { name: /^Archived copy, 12 April 2024/ });
    await expect(archived).toHaveAttribute(
      'href',
      'https://web.archive.org/web/20240412093000/https://example.org/zhao',
    );
    await expect(source.getByRole('link', { name: 'Fixture source', exact: true })).toHaveAttribute(
      'data-versionurl',
      'https://web.archive.org/web/20240412093000/https://example.org/zhao',
    );

    const editors = eventPage.connectionGroup(/^Related events/);
    await expect(editors.getByRole('heading')).toContainText('editors');
    await expect(editors.getByRole('listitem')).toHaveText([
      'The friendship treaty is signed (11 July 1961)the treaty the year marked',
    ]);
    await expect(eventPage.citation('Chicago').text).toContainText('Last modified December 1, 2026.');

    await page.goto(`${origin}/events/1961-07-11-treaty/`);
    await expect(eventPage.changes.first()).toHaveText(
      `2 December 2026 · Changed · ${hashes.edited.slice(0, 7)}Edit the treaty`,
    );

    const changes = new ChangesPage(page);
    await page.goto(`${origin}/changes/`);
    await expect(changes.items).toHaveText([
      /^Corrected Zhao Leji opens the China–DPRK Friendship Year in Pyongyang\s*The entry named the wrong file\.$/,
      /^Added The friendship treaty is signed/,
      /^Added Zhao Leji opens the China–DPRK Friendship Year in Pyongyang/,
    ]);
    await expect(changes.days.getByRole('heading')).toHaveText(['1 December 2026', '23 November 2026']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('from a shallow clone, the build says once that it cannot read the history, and pages claim none', async ({
    page,
  }) => {
    const { repository } = await repositoryWithHistory();
    const shallow = await repository.shallowClone();
    const { ok, output, outDir } = await build(path.join(shallow, 'events'));
    expect(ok, output).toBe(true);
    expect(output.match(/Event pages show no history of changes: the repository is a shallow clone/g)).toHaveLength(1);
    expect(output).not.toContain('"history" does not exist or is empty');
    const origin = await serveBuild(page, outDir);
    const eventPage = new EventPage(page);
    await page.goto(`${origin}/events/1961-07-11-treaty/`);
    await expect(eventPage.account).toBeVisible();
    await expect(eventPage.history).toHaveCount(0);
    await expect(eventPage.citation('APA').text).toContainText('(n.d.)');
    await page.goto(`${origin}/changes/`);
    await expect(page.getByRole('main')).toContainText('2 entries are not listed as added');
    await expect(new ChangesPage(page).itemsOfKind('Added')).toHaveCount(0);
  });

  test('the same commits give the same pages, whatever the machine time zone', async () => {
    const { repository } = await repositoryWithHistory();
    const dir = path.join(repository.dir, 'events');
    const [east, west] = [
      await build(dir, { TZ: 'Pacific/Kiritimati' }),
      await build(dir, { TZ: 'Pacific/Pago_Pago' }),
    ];
    expect(east.ok, east.output).toBe(true);
    expect(west.ok, west.output).toBe(true);
    expect(await fingerprint(east.outDir)).toEqual(await fingerprint(west.outDir));
    expect(await readFile(path.join(east.outDir, 'changes.xml'), 'utf8')).toContain(
      '<pubDate>Tue, 01 Dec 2026 00:00:00 GMT</pubDate>',
    );
  });
});
