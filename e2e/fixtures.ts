import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { EventPage } from './pages/event-page.ts';
import { TimelinePage } from './pages/timeline-page.ts';

export { EventPage } from './pages/event-page.ts';
export { TimelinePage } from './pages/timeline-page.ts';

/** One event as `/events.json` publishes it: what the tests compute expectations from. */
export interface ExportedEvent {
  id: string;
  title: string;
  date: string;
  end: string | null;
  type: string;
  direction: string;
  level: string | null;
  summary: string;
  location: string | null;
  /** Place ids, in the order of the journey. */
  places: string[];
  occasion: string | null;
  /** `lead`: whether they led the travelling side. */
  participants: {
    person: string | null;
    wikidata: string | null;
    name: string;
    side: string;
    role: string | null;
    lead: boolean;
  }[];
  sources: {
    title: string;
    publisher: string;
    url: string | null;
    published: string | null;
    side: string | null;
    accessed: string | null;
    archived: string | null;
  }[];
  tags: string[];
  added: string | null;
  corrections: { date: string; note: string }[];
  related: { id: string; note: string | null }[];
  /** The event's page: its path, or an absolute address when the build knew the site's. */
  url: string;
}

/** Runs axe on the current page (or the part `include` names) and returns its violations, with enough detail to fix them. */
export async function accessibilityViolations(page: Page, { include }: { include?: string } = {}) {
  const builder = new AxeBuilder({ page });
  // A part of the page, named by a CSS selector since axe takes no other: for a large table, scanning the rest again adds only time.
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.geojson': 'application/geo+json',
};

/** Serves a built site from `dir` at `origin` inside the browser, so a fixture build can be read without a server. */
export async function serveBuild(page: Page, dir: string, origin = 'http://fixture.test') {
  await page.route(`${origin}/**`, async (route) => {
    let file = decodeURIComponent(new URL(route.request().url()).pathname);
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(path.join(dir, file));
      await route.fulfill({ body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  return origin;
}

/**
 * Every test watches the browser: a console error, an uncaught exception or a request to any host but
 * the site's own fails the test it happens in.
 */
export const test = base.extend<{
  timeline: TimelinePage;
  eventPage: EventPage;
  pageGuard: void;
  allowedConsoleErrors: RegExp[];
  record: ExportedEvent[];
}>({
  /** Every published event, from the site's own export. */
  record: async ({ request }, use) => {
    const response = await request.get('/events.json');
    await use(((await response.json()) as { events: ExportedEvent[] }).events);
  },
  /** Console errors a test expects, such as the 404 a missing page answers with. */
  allowedConsoleErrors: [[], { option: true }],
  /** The timeline, told the record's titles so it can find any event by id. */
  timeline: async ({ page, record }, use) => {
    await use(new TimelinePage(page, record));
  },
  eventPage: async ({ page }, use) => {
    await use(new EventPage(page));
  },
  pageGuard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const allowed = [new URL(baseURL ?? 'http://127.0.0.1').origin, 'http://fixture.test'];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(text))) {
          problems.push(`console error: ${text}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !allowed.includes(new URL(url).origin)) problems.push(`request to ${url}`);
      });
      await use();
      expect(problems, 'the page stays quiet and local').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
