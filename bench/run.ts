/**
 * `npm run bench`: builds the site from generated folders of 1,000 and 10,000 valid events (BENCH_SIZES to
 * change), and a bare Astro site from the same files as a yardstick, each BENCH_BUILD_RUNS times (3) in
 * turn; then opens each timeline in Chromium and times what a reader feels: the page becoming usable, and
 * each filter change until the list is laid out again. Prints a table and writes bench/results/latest.json.
 * Compare runs on one machine, never in a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const CHANGES = 24; // samples per kind of change; the targets ask for at least 20
// Builds of each site per size, taken in turn (ours, bare, ours, bare…) so a slow spell of a shared machine's
// disk or CPU falls on both; the medians are compared. One build of each varied the ratio by ±0.3.
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const LOADS = 5; // loads of the timeline per size, for DOMContentLoaded
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const RSS = path.resolve('bench/max-rss.ts');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// A small fixed-seed generator, so every run builds the same events.
let seed = 20251009;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const TYPES = ['state-visit', 'official-visit', 'delegation', 'summit', 'talks', 'message', 'agreement'];
const DIRECTIONS = ['china-to-dprk', 'dprk-to-china', 'mutual', 'multilateral'];
const LEVELS = ['leader', 'head-of-government', 'senior-leader', 'politburo', 'minister', 'official'];
const PLACES = ['Pyongyang', 'Beijing', 'Dalian', 'Shenyang', 'Dandong', 'Sinuiju', 'Kaesong', 'Shanghai'];
const SURNAMES = ['Kim', 'Li', 'Wang', 'Zhang', 'Choe', 'Pak', 'Ri', 'Liu', 'Chen', 'Zhao', 'Han', 'Jo'];
const GIVEN = ['Yong', 'Song', 'Hua', 'Ming', 'Chol', 'Jun', 'Hui', 'Qiang', 'Nam', 'Wei', 'Il', 'Su'];

const SENTENCES = [
  'The two sides discussed economic cooperation and the situation on the peninsula.',
  'A banquet was held in the evening, and the guests attended a performance.',
  'The delegation laid a wreath at the cemetery of the Chinese People’s Volunteers.',
  'Talks covered trade across the border, the railway bridge and the new highway.',
  'Both accounts stressed friendship sealed in blood and a shared socialist cause.',
  'The visitors toured a factory, a farm and a school on the outskirts of the city.',
  'Officials signed agreements on customs, tourism and scientific exchanges.',
  'The leaders agreed to keep in close contact and to exchange visits often.',
  'Reports from the time differ on the length of the stay and on who else attended.',
  'The host side described the talks as candid, friendly and fruitful.',
  'A joint statement was not issued, though each side summarised the meeting.',
  'Crowds lined the road from the station to the guest house to greet the visitors.',
];

/** A third paragraph of six sentences, so the accounts the full-text search reads are as long as real ones. */
const account = () => Array.from({ length: 6 }, () => pick(SENTENCES)).join(' ');

/** A folder of `count` valid events and the registry of the 300 people they name. */
async function generate(count: number): Promise<{ events: string; people: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-content-'));
  const events = path.join(dir, 'events');
  await mkdir(events);
  // 300 people; each holds one office for the whole span, giving the rank of index % 6, so a lead of
  // any level can be found on either side (the build derives and checks levels from leads' offices).
  const people = Array.from({ length: 300 }, (_, index) => ({
    id: `person-${index}`,
    name: `${pick(SURNAMES)} ${pick(GIVEN)} ${pick(GIVEN).toLowerCase()} ${index}`,
    side: index % 2 ? 'china' : 'dprk',
    rank: LEVELS[Math.floor(index / 2) % LEVELS.length]!,
  }));
  await writeFile(
    path.join(dir, 'people.yaml'),
    people
      .map(
        ({ id, name, side, rank }) =>
          `- id: ${id}\n  name: ${name}\n  side: ${side}\n  offices:\n` +
          `    - title: Office of rank ${rank}\n      rank: ${rank}\n      from: 1940-01-01\n      to: present\n`,
      )
      .join(''),
  );
  for (let index = 0; index < count; index++) {
    const year = 1949 + Math.floor(random() * 77);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const date = random() < 0.1 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const place = pick(PLACES);
    // The places registry's ids for the same cities; one event in five is a journey of two stops. Taken from the
    // index, not the generator, so the events stay those of earlier runs.
    const places = [place, ...(index % 5 === 0 ? [PLACES[(index * 7) % PLACES.length]!] : [])]
      .map((name) => name.toLowerCase())
      .filter((id, position, all) => position === 0 || id !== all[position - 1]);
    const type = pick(TYPES);
    const direction = pick(DIRECTIONS);
    const level = pick(LEVELS);
    // A visit going one way is led by someone on the travelling side whose office gives its level.
    const traveller = direction === 'china-to-dprk' ? 'china' : direction === 'dprk-to-china' ? 'dprk' : undefined;
    const lead = people.filter((person) => person.rank === level && (!traveller || person.side === traveller));
    const who = [pick(lead), pick(people), pick(people)].filter(
      (person, position, all) => all.findIndex((other) => other.id === person.id) === position,
    );
    await writeFile(
      path.join(events, `${date}-event-${index}.md`),
      `---
title: Synthetic event ${index} in ${place}
date: ${date}
type: ${type}
direction: ${direction}
level: ${level}
location: ${place}
participants:
${who.map((person, position) => `  - name: ${person.name}\n    role: Official number ${index}${position === 0 ? '\n    lead: true' : ''}`).join('\n')}
summary: A generated event for the benchmark, in ${place}, with three participants and one source.
sources:
  - title: Generated source ${index}
    publisher: Bench
    url: https://example.org/${index}
    side: ${pick(['china', 'dprk', 'other'])}
tags: [bench]
places: [${places.join(', ')}]
---

A generated narrative for event ${index}. It has **three** paragraphs, about as long as the real ones.

The second paragraph says that ${who[0]!.name} met ${who.at(-1)!.name} in ${place}.

${account()}
`,
    );
  }
  return { events, people: path.join(dir, 'people.yaml') };
}

/** Builds a site, timing it and reading the build process's peak memory. */
async function build(root: string, outDir: string, env: Record<string, string>) {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, ['--import', RSS, ASTRO, 'build', '--root', root, '--outDir', outDir], {
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 2 ** 20,
    });
  } catch (error) {
    // A build that fails says why: most often generated content the schema no longer accepts.
    console.error(`Building ${root} failed:\n${String((error as { stderr?: Buffer }).stderr ?? error).slice(-4000)}`);
    process.exit(1);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMiB = Number(await readFile(rssFile, 'utf8')) / 1024;
  return { seconds: round(seconds, 2), peakMiB: Math.round(peakMiB) };
}

/** Serves a built site on a free local port. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (request, response) => {
    let file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * Gzipped bytes of every script the timeline page loads before anyone acts: inline, from a file, and the
 * modules those import statically (each once). Modules imported on demand (the full chart when opened, the
 * CSV writer when a download is asked for) are not counted; the full text search fetches is measured apart.
 */
async function scriptBytes(outDir: string, html: string): Promise<number> {
  let total = 0;
  const seen = new Set<string>();
  const count = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    total += gzipSync(code).length;
    for (const [, imported] of code.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      await count(path.resolve(path.dirname(file), imported!));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) await count(path.join(outDir, src!));
  for (const [, body] of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    if (body!.trim()) total += gzipSync(body!).length;
  }
  return total;
}

/**
 * Times filter changes in the page: each change is made as a reader's input would make it, then layout is
 * forced, so a sample covers the script, style and layout work up to a list ready to paint. Two frames pass
 * between samples, so painting, and the work the filter defers until after it, never fall inside one.
 */
async function timeChanges(page: Page, kind: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ kind, count }) => {
      const filter = document.querySelector('timeline-filter')!;
      const box = (value: string) => filter.querySelector<HTMLInputElement>(`input[name="type"][value="${value}"]`)!;
      const search = filter.querySelector<HTMLInputElement>('input[name="q"]')!;
      const from = filter.querySelector<HTMLSelectElement>('select[name="from"]')!;
      // Two frames: the filter recounts its options and redraws the chart just after the list has painted
      // (timed separately below), and that work must land and paint before the next sample starts.
      const oneFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const frame = async () => {
        await oneFrame();
        await oneFrame();
      };
      const time = (change: () => void) => {
        const started = performance.now();
        change();
        void document.documentElement.offsetHeight;
        return performance.now() - started;
      };
      const typing = 'pyongyang beijing dalian'.split('');
      const samples: number[] = [];
      for (let index = 0; index < count; index++) {
        await frame();
        if (kind === 'narrow: check one type') {
          samples.push(time(() => box('summit').click()));
          await frame();
          time(() => box('summit').click()); // back to everything, untimed
        } else if (kind === 'clear: uncheck it, all show') {
          time(() => box('summit').click());
          await frame();
          samples.push(time(() => box('summit').click()));
        } else if (kind === 'search keystroke') {
          samples.push(
            time(() => {
              search.value = typing.slice(0, (index % typing.length) + 1).join('');
              search.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          );
        } else if (kind === 'year change') {
          samples.push(
            time(() => {
              from.value = index % 2 ? '' : String(1960 + index);
              from.dispatchEvent(new Event('change', { bubbles: true }));
            }),
          );
        }
      }
      // Leave the page unfiltered for the next kind.
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      from.value = '';
      from.dispatchEvent(new Event('change', { bubbles: true }));
      return samples;
    },
    { kind, count },
  );
}

const KINDS = ['narrow: check one type', 'clear: uncheck it, all show', 'search keystroke', 'year change'];
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const median = (values: number[]) => quantile(values, 0.5);

const browser = await chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {});
const chromiumVersion = browser.version();
const results = [];
for (const count of SIZES) {
  const content = await generate(count);
  const env = { EVENTS_DIR: content.events, PEOPLE_FILE: content.people };
  let site = '';
  const oursRuns: Awaited<ReturnType<typeof build>>[] = [];
  const bareRuns: Awaited<ReturnType<typeof build>>[] = [];
  for (let run = 0; run < BUILD_RUNS; run++) {
    // Each build writes to a new folder, as a first build does; the last of ours is the one measured below.
    if (site) await rm(site, { recursive: true, force: true });
    site = await mkdtemp(path.join(os.tmpdir(), 'bench-site-'));
    oursRuns.push(await build('.', site, env));
    const bare = await mkdtemp(path.join(os.tmpdir(), 'bench-bare-'));
    bareRuns.push(await build('bench/baseline', bare, env));
    await rm(bare, { recursive: true, force: true });
  }
  const ours = {
    seconds: median(oursRuns.map((run) => run.seconds)),
    peakMiB: Math.max(...oursRuns.map((run) => run.peakMiB)),
  };
  const baseline = {
    seconds: median(bareRuns.map((run) => run.seconds)),
    peakMiB: Math.max(...bareRuns.map((run) => run.peakMiB)),
  };
  console.log(
    `${count} events: built in ${ours.seconds} s (runs: ${oursRuns.map((run) => run.seconds).join(', ')}); ` +
      `bare glob() site ${baseline.seconds} s (runs: ${bareRuns.map((run) => run.seconds).join(', ')})`,
  );

  const html = await readFile(path.join(site, 'index.html'), 'utf8');
  const { server, origin } = await serve(site);
  // The page is opened LOADS times, each in a new tab: the first load of a browser just started is slower
  // than any a reader meets (its processes and caches are cold), so it is reported apart and the median taken.
  const loads: { domContentLoaded: number; filterReady: number; idle: number }[] = [];
  let page!: Page;
  for (let load = 0; load < LOADS; load++) {
    if (page) await page.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // The filter readies its items and search text once the browser is idle; a change made earlier does it first.
    await page.waitForFunction(() => performance.getEntriesByName('timeline-filter-idle').length > 0);
    loads.push(
      await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const ready = performance.getEntriesByName('timeline-filter-ready')[0];
        const idle = performance.getEntriesByName('timeline-filter-idle')[0];
        return {
          domContentLoaded: navigation!.domContentLoadedEventEnd,
          filterReady: ready?.startTime ?? NaN,
          idle: idle?.duration ?? NaN,
        };
      }),
    );
  }
  const load = {
    domContentLoaded: median(loads.map((each) => each.domContentLoaded)),
    firstDomContentLoaded: loads[0]!.domContentLoaded,
    filterReady: median(loads.map((each) => each.filterReady)),
    idle: median(loads.map((each) => each.idle)),
  };
  const changes: Record<
    string,
    { median: number; p95: number; afterPaintMedian: number; afterPaintP95: number; mapMedian: number; mapP95: number }
  > = {};
  // Search reads the entries' full text, which the page fetches when the search box is first focused: the
  // keystrokes are timed once it has arrived, searching everything.
  await page.locator('input[name="q"]').focus();
  await page.waitForFunction(() => performance.getEntriesByName('timeline-filter-full-text').length > 0);
  for (const kind of KINDS) {
    await page.evaluate(() => {
      performance.clearMeasures('timeline-filter-after-paint');
      performance.clearMeasures('places-map-update');
    });
    const samples = await timeChanges(page, kind, CHANGES);
    // The recount and chart redraw each change sets off after the list has painted.
    const after = await page.evaluate(() =>
      performance.getEntriesByName('timeline-filter-after-paint').map((entry) => entry.duration),
    );
    // Of that, the map of places' update (counting the places of the events shown, resizing circles, the table).
    const map = await page.evaluate(() =>
      performance.getEntriesByName('places-map-update').map((entry) => entry.duration),
    );
    changes[kind] = {
      median: round(quantile(samples, 0.5)),
      p95: round(quantile(samples, 0.95)),
      afterPaintMedian: round(quantile(after, 0.5)),
      afterPaintP95: round(quantile(after, 0.95)),
      mapMedian: round(quantile(map, 0.5)),
      mapP95: round(quantile(map, 0.95)),
    };
  }
  await page.close();
  server.close();

  results.push({
    events: count,
    build: { seconds: ours.seconds, peakMiB: ours.peakMiB },
    bareGlobBuild: baseline,
    buildRuns: { ours: oursRuns.map((run) => run.seconds), bare: bareRuns.map((run) => run.seconds) },
    buildRatio: round(ours.seconds / baseline.seconds, 2),
    indexKiB: round(Buffer.byteLength(html) / 1024),
    indexGzipKiB: round(gzipSync(html).length / 1024),
    scriptGzipKiB: round((await scriptBytes(site, html)) / 1024, 2),
    // Fetched only when a reader first searches.
    fullTextGzipKiB: round(gzipSync(await readFile(path.join(site, 'full-text.json'))).length / 1024),
    siteMiB: round((await folderBytes(site)) / 2 ** 20),
    domContentLoadedMs: Math.round(load.domContentLoaded),
    firstLoadDomContentLoadedMs: Math.round(load.firstDomContentLoaded),
    filterReadyMs: Math.round(load.filterReady),
    filterIdleWorkMs: round(load.idle),
    changes,
  });
  // BENCH_KEEP=1 leaves the built site for a closer look (its folder is printed).
  if (process.env.BENCH_KEEP) console.log(`Kept the ${count}-event site in ${site}`);
  for (const dir of [...(process.env.BENCH_KEEP ? [] : [site]), path.dirname(content.events)]) {
    await rm(dir, { recursive: true, force: true });
  }
}
await browser.close();

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

console.table(
  results.map((result) => ({
    events: result.events,
    'build s': result.build.seconds,
    'bare glob() s': result.bareGlobBuild.seconds,
    ratio: result.buildRatio,
    'peak MiB': result.build.peakMiB,
    'index KiB': result.indexKiB,
    'index gz KiB': result.indexGzipKiB,
    'JS gz KiB': result.scriptGzipKiB,
    'full text gz KiB': result.fullTextGzipKiB,
    'DCL ms': result.domContentLoadedMs,
    'first DCL ms': result.firstLoadDomContentLoadedMs,
    'idle work ms': result.filterIdleWorkMs,
  })),
);
console.table(
  results.flatMap((result) =>
    KINDS.map((kind) => ({
      events: result.events,
      change: kind,
      'median ms': result.changes[kind]!.median,
      'p95 ms': result.changes[kind]!.p95,
      'after paint median ms': result.changes[kind]!.afterPaintMedian,
      'after paint p95 ms': result.changes[kind]!.afterPaintP95,
      'map median ms': result.changes[kind]!.mapMedian,
      'map p95 ms': result.changes[kind]!.mapP95,
    })),
  ),
);
const machine = {
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: round(os.totalmem() / 2 ** 30),
  chromium: chromiumVersion,
  // On a shared machine the load says how far to trust the timings: above the core count, not far.
  loadAverage: os.loadavg().map((load) => round(load, 1)),
};
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/latest.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
