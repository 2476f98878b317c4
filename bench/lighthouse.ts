/**
 * `npm run bench:lighthouse`: Lighthouse's mobile audit (its default: an emulated mid-range phone on a slow
 * 4G connection, simulated) of the built site in `dist/`, served as a real host serves it: compressed (brotli
 * or gzip, as the browser asks), hashed assets cached for a year, the not-found page for missing addresses.
 * It runs in the local Chromium (Playwright's, or the system's) and makes no request to any other site.
 * Pages: the timeline (where the search is: there is no search page of its own), an event page, a person
 * page, /data/ and /record/. Build first (`npm run build`); RUNS=3 repeats each audit. Prints each page's
 * four scores and writes bench/results/lighthouse.json. Like `npm run bench`, not part of `npm test`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

const DIST = path.resolve(process.env.DIST ?? 'dist');
const RUNS = Number(process.env.RUNS ?? 1);
const PAGES = ['/', '/events/2018-03-25-kim-jong-un-first-china-visit/', '/people/kim-jong-un/', '/data/', '/record/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}: run npm run build first.`);
  process.exit(1);
}

/** Compressed bodies, made once per file and encoding, as a host or CDN keeps them. */
const compressed = new Map<string, Buffer>();
const compress = (file: string, encoding: 'br' | 'gzip', body: Buffer) => {
  const key = `${encoding} ${file}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return compressed.get(key)!;
};

/** The built site over HTTP, compressed as the browser asks, as a static host serves it. */
const server = createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  let status = 200;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    status = 404;
    file = path.join(DIST, '404.html');
    body = await readFile(file);
  }
  const headers: Record<string, string> = {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    vary: 'accept-encoding',
  };
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepts)) {
    headers['content-encoding'] = 'br';
    body = compress(file, 'br', body);
  } else if (/\bgzip\b/.test(accepts)) {
    headers['content-encoding'] = 'gzip';
    body = compress(file, 'gzip', body);
  }
  response.writeHead(status, headers).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// Lighthouse drives the browser over the DevTools protocol, on a port Playwright's launch opens.
const port = 9300 + Math.floor(Math.random() * 500);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [`--remote-debugging-port=${port}`, '--disable-background-networking', '--disable-component-update'],
});

const chromiumVersion = browser.version();
const results: { page: string; run: number; scores: Record<string, number> }[] = [];
for (const page of PAGES) {
  for (let run = 1; run <= RUNS; run++) {
    const result = await lighthouse(`${origin}${page}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
    );
    results.push({ page, run, scores });
    // What kept a score below 100, so it can be fixed.
    const failing = Object.values(result?.lhr.audits ?? {}).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
    );
    console.log(
      `${page} (run ${run}): ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}` +
        (failing.length ? `\n  below 0.9: ${failing.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`).join('; ')}` : ''),
    );
  }
}
await browser.close();
server.close();
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/lighthouse.json', `${JSON.stringify({ chromium: chromiumVersion, results }, null, 2)}\n`);
