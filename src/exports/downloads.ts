import type { ContextItem } from '../domain/context.ts';
import type { RecordEvent } from '../domain/participants.ts';
import type { PlaceRegistry } from '../domain/places.ts';
import { ANNIVERSARY_RULE, CALENDAR_RULE, hasAnniversary, isDatedToTheDay } from './calendar.ts';
import { LIST_RULE, TABLES, type TableName } from './columns.ts';
import { csvPath } from './datapackage.ts';
import { eventsJson } from './events-json.ts';
import { FEED_RULE, latestAdditions } from './feed.ts';
import { CONTEXT_COLUMNS, contextCsv, contextJson } from './context.ts';
import { anniversariesFile, csvFile, dataPackageFile, eventsCalendarFile, feedFile } from './files.ts';
import { placesGeoJson } from './places-geojson.ts';

/** One file the /data/ page offers, measured from the very text its endpoint serves. */
export interface Download {
  id: string;
  /** Site path, without the base, e.g. `/events.csv`. */
  path: string;
  title: string;
  description: string;
  mediaType: string;
  bytes: number;
  /** Data rows (not counting a header), where the file is a table or a list. */
  rows?: number | undefined;
  /** For a table: each column and what it holds, for the codebook. */
  columns?: readonly { name: string; description: string }[];
  /** A rule of the file worth stating in the codebook. */
  note?: string;
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Every download, in the order the /data/ page lists them. */
export async function downloads(events: readonly RecordEvent[], site: URL | undefined): Promise<Download[]> {
  return [
    {
      id: 'events-json',
      path: '/events.json',
      title: 'All events as JSON',
      description: 'Every event with every field, participants and sources nested, dates as written.',
      mediaType: 'application/json',
      bytes: bytesOf(eventsJson(events, site)),
      rows: events.length,
    },
    ...tables.map((table) => ({
      id: table,
      path: `/${csvPath(table)}`,
      title: `${TABLES[table].title} as CSV`,
      description: TABLE_DESCRIPTIONS[table],
      mediaType: 'text/csv',
      bytes: bytesOf(csvFile(table, events, site)),
      rows: rowCount[table](events),
      columns: TABLES[table].columns,
      ...(table === 'events' ? { note: LIST_RULE } : {}),
    })),
    ...tables.map((table) => ({
      id: `${table}-excel`,
      path: `/${csvPath(table, { excel: true })}`,
      title: `${TABLES[table].title} as CSV for Excel`,
      description: `${csvPath(table)} for Excel: after a UTF-8 byte-order mark, with cells that would start a formula made text.`,
      mediaType: 'text/csv',
      bytes: bytesOf(csvFile(table, events, site, { excel: true })),
      rows: rowCount[table](events),
    })),
    {
      id: 'datapackage',
      path: '/datapackage.json',
      title: 'Data package',
      description:
        'A Frictionless Data Package describing the three CSV tables: each column’s type, allowed values and meaning, and the keys that join them.',
      mediaType: 'application/json',
      bytes: bytesOf(dataPackageFile(site)),
    },
    {
      id: 'events-ics',
      path: '/events.ics',
      title: 'Events as a calendar',
      description: 'Every event dated to the day, as an all-day iCalendar entry linking to its page.',
      mediaType: 'text/calendar',
      bytes: bytesOf(eventsCalendarFile(events, site)),
      rows: events.filter(({ data }) => isDatedToTheDay(data)).length,
      note: CALENDAR_RULE,
    },
    {
      id: 'anniversaries-ics',
      path: '/anniversaries.ics',
      title: 'Anniversaries as a calendar',
      description: 'The anniversary of each agreement dated to the day, recurring every year.',
      mediaType: 'text/calendar',
      bytes: bytesOf(anniversariesFile(events, site)),
      rows: events.filter(({ data }) => hasAnniversary(data)).length,
      note: ANNIVERSARY_RULE,
    },
    {
      id: 'feed',
      path: '/feed.xml',
      title: 'New entries as RSS',
      description: 'The latest additions to the record, newest first, as an RSS 2.0 feed.',
      mediaType: 'application/rss+xml',
      bytes: bytesOf(await feedFile(events, site)),
      rows: latestAdditions(events).length,
      note: FEED_RULE,
    },
  ];
}

/**
 * The files that lie outside the record: the places registry, and the context collection, which is never
 * counted with the events.
 */
export function worldDownloads(
  events: readonly RecordEvent[],
  places: PlaceRegistry,
  context: readonly ContextItem[],
): Download[] {
  return [
    {
      id: 'places',
      path: '/places.geojson',
      title: 'Places as GeoJSON',
      description:
        'Every place in the registry as a GeoJSON point: its names, country, the source of its coordinates and how many events name it.',
      mediaType: 'application/geo+json',
      bytes: bytesOf(placesGeoJson(places, events)),
      rows: places.places.length,
    },
    {
      id: 'context-json',
      path: '/context.json',
      title: 'Context as JSON',
      description: 'The world around the relationship: every context item with every field. Not part of the record.',
      mediaType: 'application/json',
      bytes: bytesOf(contextJson(context)),
      rows: context.length,
    },
    {
      id: 'context-csv',
      path: '/context.csv',
      title: 'Context as CSV',
      description: 'The same items as one CSV table, one row each.',
      mediaType: 'text/csv',
      bytes: bytesOf(contextCsv(context)),
      rows: context.length,
      columns: CONTEXT_COLUMNS,
    },
  ];
}

const tables = Object.keys(TABLES) as TableName[];

const TABLE_DESCRIPTIONS: Record<TableName, string> = {
  events: 'One row per event, in timeline order; participants and tags joined in one cell.',
  participants: 'One row per participant of each event, with their registry id, side and office at the time.',
  sources: 'One row per source of each event: title, publisher, address, date and whose account it is.',
};

/** How many data rows each table has. */
const rowCount: Record<TableName, (events: readonly RecordEvent[]) => number> = {
  events: (events) => events.length,
  participants: (events) => events.reduce((sum, { participants }) => sum + participants.length, 0),
  sources: (events) => events.reduce((sum, { data }) => sum + data.sources.length, 0),
};
