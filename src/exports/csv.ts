import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Direction, EventType, Level, Precision, Side } from '../domain/vocabulary.ts';
import {
  EVENT_COLUMNS,
  LIST_SEPARATOR,
  PARTICIPANT_COLUMNS,
  SOURCE_COLUMNS,
  TABLES,
  type Column,
  type Row,
  type TableName,
} from './columns.ts';

/**
 * The CSV tables: rows built from plain, already prepared data, written with csv-stringify's browser build.
 * Nothing here reads dates, offices or the registry (`prepare.ts` does, at build time), so the same code
 * can write a CSV in the browser.
 */

/** One event with everything the tables show already worked out: plain values, `undefined` when absent. */
export interface PreparedEvent {
  id: string;
  title: string;
  date: string;
  datePrecision: Precision;
  end?: string | undefined;
  endPrecision?: Precision | undefined;
  type: EventType;
  direction: Direction;
  level?: Level | undefined;
  location?: string | undefined;
  occasion?: string | undefined;
  participants: readonly {
    name: string;
    /** The registry id; `undefined` for a one-off. */
    personId?: string | undefined;
    /** The person's Wikidata item, where the registry gives one. */
    wikidata?: string | undefined;
    side: Side;
    /** The office held at the time, as pages show it. */
    office?: string | undefined;
    lead: boolean;
  }[];
  summary: string;
  sources: readonly {
    title: string;
    publisher: string;
    url?: string | undefined;
    published?: string | undefined;
    side?: Side | undefined;
    accessed?: string | undefined;
    archived?: string | undefined;
  }[];
  tags: readonly string[];
  added?: string | undefined;
  /** The event's page: absolute when the site's address is known, else its path. */
  url: string;
}

const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

/** The `events.csv` row of one event. */
export function eventRow(event: PreparedEvent): Row<typeof EVENT_COLUMNS> {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    date_precision: event.datePrecision,
    end: event.end ?? '',
    end_precision: event.endPrecision ?? '',
    type: event.type,
    direction: event.direction,
    level: event.level ?? '',
    location: event.location ?? '',
    occasion: event.occasion ?? '',
    participants: list(event.participants.map(({ name }) => name)),
    participant_ids: list(event.participants.map(({ personId }) => personId ?? '')),
    leads: list(event.participants.filter(({ lead }) => lead).map(({ name }) => name)),
    lead_ids: list(event.participants.filter(({ lead }) => lead).map(({ personId }) => personId ?? '')),
    summary: event.summary,
    tags: list(event.tags),
    added: event.added ?? '',
    url: event.url,
  };
}

/** The `participants.csv` rows of one event, in the order it lists them. */
export function participantRows(event: PreparedEvent): Row<typeof PARTICIPANT_COLUMNS>[] {
  return event.participants.map((participant) => ({
    event_id: event.id,
    person_id: participant.personId ?? '',
    wikidata: participant.wikidata ?? '',
    name: participant.name,
    side: participant.side,
    office_at_the_time: participant.office ?? '',
    lead: String(participant.lead),
  }));
}

/** The `sources.csv` rows of one event, in the order it lists them. */
export function sourceRows(event: PreparedEvent): Row<typeof SOURCE_COLUMNS>[] {
  return event.sources.map((source) => ({
    event_id: event.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url ?? '',
    published: source.published ?? '',
    side: source.side ?? '',
    accessed: source.accessed ?? '',
    archived: source.archived ?? '',
  }));
}

/** Each table's rows for one event, typed by the table's own columns so a row cannot miss or add one. */
const ROWS: { [Table in TableName]: (event: PreparedEvent) => Row<(typeof TABLES)[Table]['columns']>[] } = {
  events: (event) => [eventRow(event)],
  participants: participantRows,
  sources: sourceRows,
};

/** Every row of one table, for events in timeline order. */
export function tableRows(table: TableName, events: readonly PreparedEvent[]): Record<string, string>[] {
  const rowsOf: (event: PreparedEvent) => Record<string, string>[] = ROWS[table];
  return events.flatMap((event) => rowsOf(event));
}

/**
 * What makes a spreadsheet read a cell as a formula, after OWASP's CSV injection guidance: a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as the Excel copies write it: after an apostrophe when it would start a formula, so Excel shows it as text. */
const asSpreadsheetText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * A table as RFC 4180 CSV: a header row of the column names, CRLF after every record, fields quoted only
 * when they hold a comma, a quote or a line break (quotes doubled). Every cell holds its text exactly as
 * written, except with `excel`: then the file starts with a UTF-8 byte-order mark, which Excel needs to
 * read UTF-8, and a cell that would start a formula starts with an apostrophe (`EXCEL_RULE`).
 */
export function toCsv(
  columns: readonly Column[],
  rows: readonly Record<string, string>[],
  { excel = false } = {},
): string {
  const cells = excel
    ? rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, cell]) => [name, asSpreadsheetText(cell)])))
    : rows;
  return stringify(cells as Record<string, string>[], {
    header: true,
    columns: columns.map(({ name }) => name),
    record_delimiter: 'windows',
    // With a record delimiter set, csv-stringify quotes a lone \n or \r only when asked to.
    quote_record_delimiter: true,
    bom: excel,
  });
}

/** A whole table's CSV, for events in timeline order; `excel` for the copy made for Excel. */
export const tableCsv = (table: TableName, events: readonly PreparedEvent[], options: { excel?: boolean } = {}) =>
  toCsv(TABLES[table].columns, tableRows(table, events), options);
