/**
 * `npm run bench`: builds the site from generated folders of events of growing size and reports build
 * time and what a reader downloads. Numbers go to the terminal and to bench/results/latest.json; compare
 * runs on the same machine, never in a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const SIZES = (process.env.BENCH_SIZES ?? '2,100,1000').split(',').map(Number);
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const seeds = await Promise.all(
  (await readdir('content/events'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFile(path.join('content/events', name), 'utf8')),
);

/** A folder of `count` valid events, made from the seed files with dates spread over 1950–2025. */
async function generate(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-events-'));
  for (let index = 0; index < count; index++) {
    const year = 1950 + (index % 76);
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String((index % 28) + 1).padStart(2, '0');
    const text = seeds[index % seeds.length]!.replace(/^date: .*$/m, `date: ${year}-${month}-${day}`).replace(
      /^end: .*\n/m,
      '',
    );
    await writeFile(path.join(dir, `${year}-${month}-${day}-event-${index}.md`), text);
  }
  return dir;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
const results = [];
for (const count of SIZES) {
  const eventsDir = count === seeds.length ? path.resolve('content/events') : await generate(count);
  const outDir = await mkdtemp(path.join(tmpdir(), 'bench-dist-'));
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...process.env, EVENTS_DIR: eventsDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const index = await readFile(path.join(outDir, 'index.html'));
  const json = await readFile(path.join(outDir, 'events.json'));
  results.push({
    events: count,
    buildSeconds: Math.round(seconds * 100) / 100,
    timelineKiB: kib(index.length),
    timelineGzipKiB: kib(gzipSync(index).length),
    exportKiB: kib(json.length),
    exportGzipKiB: kib(gzipSync(json).length),
    siteKiB: kib(await folderBytes(outDir)),
  });
  console.log(`built ${count} events in ${seconds.toFixed(2)} s`);
}

console.table(results);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/latest.json', `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
