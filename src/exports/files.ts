import { getRssString } from '@astrojs/rss';
import type { RecordEvent } from '../domain/participants.ts';
import { SITE } from '../site/config.ts';
import { absoluteUrl, eventPath, pathWithBase, publicUrl } from '../site/paths.ts';
import { anniversariesCalendar, eventsCalendar } from './calendar.ts';
import type { TableName } from './columns.ts';
import { tableCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { feedOptions } from './feed.ts';
import { prepareEvent } from './prepare.ts';

/**
 * The text of each export, from the published events (in timeline order) and the site's address: what its
 * endpoint serves, and what the data page measures. Build side: links need the configured base path.
 */

/**
 * Makes each file once per list of events and site address: its endpoint serves it and the data page
 * measures it, and for thousands of events writing it twice would show in the build time. A new list of
 * events (the dev server makes one per request) makes everything afresh.
 */
const made = new WeakMap<readonly RecordEvent[], Map<string, string | Promise<string>>>();
function once<T extends string | Promise<string>>(events: readonly RecordEvent[], key: string, make: () => T): T {
  let files = made.get(events);
  if (!files) made.set(events, (files = new Map()));
  if (!files.has(key)) files.set(key, make());
  return files.get(key) as T;
}

/** An event page's address: absolute when the site's address is known, else its path. */
const pageLink = (site: URL | undefined) => (id: string) => publicUrl(eventPath(id), site);

/** An event page's absolute address, for formats that need one (on a placeholder host without SITE_URL). */
const absoluteLink = (site: URL | undefined) => (id: string) => absoluteUrl(eventPath(id), site);

/** `/<table>.csv`, or with `excel` `/<table>-excel.csv`: after a byte-order mark, formulas neutralised (`EXCEL_RULE`). */
export function csvFile(
  table: TableName,
  events: readonly RecordEvent[],
  site: URL | undefined,
  { excel = false } = {},
) {
  return once(events, `${table}.csv ${excel} ${site?.href}`, () => {
    const link = pageLink(site);
    const prepared = events.map((event) => prepareEvent(event, link(event.id)));
    return tableCsv(table, prepared, { excel });
  });
}

/** `/datapackage.json`. */
export function dataPackageFile(site: URL | undefined): string {
  const descriptor = dataPackage({
    title: SITE.name,
    description: `${SITE.description} Every event, its participants and its sources, as CSV tables.`,
    homepage: site ? new URL(pathWithBase('/'), site).href : undefined,
  });
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** `/events.ics`. */
export const eventsCalendarFile = (events: readonly RecordEvent[], site: URL | undefined) =>
  once(events, `events.ics ${site?.href}`, () => eventsCalendar(events, absoluteLink(site)));

/** `/anniversaries.ics`. */
export const anniversariesFile = (events: readonly RecordEvent[], site: URL | undefined) =>
  once(events, `anniversaries.ics ${site?.href}`, () => anniversariesCalendar(events, absoluteLink(site)));

/** `/feed.xml`. */
export const feedFile = (events: readonly RecordEvent[], site: URL | undefined) =>
  once(events, `feed.xml ${site?.href}`, () =>
    getRssString(
      feedOptions(events, {
        home: absoluteUrl(pathWithBase('/'), site),
        self: absoluteUrl(pathWithBase('/feed.xml'), site),
        link: absoluteLink(site),
      }),
    ),
  );
