import { DIRECTIONS, EVENT_TYPES, LEVELS, PRECISIONS, SIDES } from '../domain/vocabulary.ts';

/**
 * The CSV tables' columns, described once: the CSV writer takes its header from here, `/datapackage.json`
 * is generated from here, and so is the codebook on the data page, so none of them can drift. Imports only
 * the vocabularies, so it runs in the browser too.
 */

/** One column of a CSV table. */
export interface Column {
  name: string;
  /** The Table Schema type of its values: text, or `true`/`false`. */
  type: 'string' | 'boolean';
  /** Whether every row has a value; an empty cell means "absent" in the others. */
  required: boolean;
  description: string;
  /** For enumerated columns, the allowed values: the schema's own lists, not copies. */
  enum?: readonly string[];
  /** A regular expression every non-empty value matches in whole (Table Schema / XML Schema syntax). */
  pattern?: string;
  /** Whether no two rows share a value. */
  unique?: boolean;
  /** `uri` for columns whose values are always absolute addresses. */
  format?: 'uri';
}

/** What joins the items of a list in one cell. */
export const LIST_SEPARATOR = '; ';

/** The rule for list cells, as the codebook states it. */
export const LIST_RULE =
  `In the CSV files, a cell holding a list (participants, participant_ids, leads, lead_ids, tags) joins its items with "${LIST_SEPARATOR}" ` +
  '(semicolon, space), in the order the event file gives them, and is empty when the list is; participant_ids has ' +
  'an empty item for each participant not in the registry, so it lines up with participants. participants.csv ' +
  'gives the same people one row each, for exact use.';

/** What the Excel copies of the tables change, as the codebook states it. */
export const EXCEL_RULE =
  'The -excel.csv copies start with a UTF-8 byte-order mark, which Excel needs to show Chinese and Korean, and write ' +
  "any cell that begins with =, +, -, @, a tab or a carriage return after an apostrophe ('), so that a spreadsheet " +
  'shows it as text instead of running it as a formula. The plain .csv files hold every cell exactly as written.';

/** A calendar date as editors write it: the form written is its precision, so it is text, not a `date`. */
const CALENDAR_DATE_PATTERN = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';
const CALENDAR_DATE = 'YYYY-MM-DD, YYYY-MM or YYYY, as written: the form is the precision';

/** `events.csv`: one row per event, in timeline order. */
export const EVENT_COLUMNS = [
  {
    name: 'id',
    type: 'string',
    required: true,
    unique: true,
    description: "The event's id: its file name, and its address on the site (/events/<id>/).",
  },
  { name: 'title', type: 'string', required: true, description: 'Headline, plain text on one line.' },
  {
    name: 'date',
    type: 'string',
    required: true,
    pattern: CALENDAR_DATE_PATTERN,
    description: `First day, month or year of the event: ${CALENDAR_DATE}.`,
  },
  {
    name: 'date_precision',
    type: 'string',
    required: true,
    enum: PRECISIONS,
    description: 'How much of date is known: day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).',
  },
  {
    name: 'end',
    type: 'string',
    required: false,
    pattern: CALENDAR_DATE_PATTERN,
    description: `Last day, month or year, for events that span time: ${CALENDAR_DATE}. Empty for single-day events and when the last day is not known.`,
  },
  {
    name: 'end_precision',
    type: 'string',
    required: false,
    enum: PRECISIONS,
    description: 'How much of end is known; empty when end is.',
  },
  {
    name: 'type',
    type: 'string',
    required: true,
    enum: EVENT_TYPES,
    description: 'Kind of exchange: the protocol class the host announced for visits (definitions on the record page).',
  },
  {
    name: 'direction',
    type: 'string',
    required: true,
    enum: DIRECTIONS,
    description:
      'Who travelled to, or acted toward, whom; mutual for both at once, multilateral when third parties were principals.',
  },
  {
    name: 'level',
    type: 'string',
    required: false,
    enum: LEVELS,
    description:
      "Rank, on the event's dates, of the most senior person on the travelling side (of anyone involved, for mutual and multilateral events), highest first in the list of values; as written, or derived from the leads' offices. Empty when neither gives one.",
  },
  { name: 'location', type: 'string', required: false, description: 'Where it happened, plain text.' },
  { name: 'occasion', type: 'string', required: false, description: 'What it marked, plain text.' },
  {
    name: 'participants',
    type: 'string',
    required: false,
    description: `The people involved, as the site names them (the registry's name for people in it), joined with "${LIST_SEPARATOR}".`,
  },
  {
    name: 'participant_ids',
    type: 'string',
    required: false,
    description: `The registry id of each participant, item for item with participants and joined the same way ("${LIST_SEPARATOR}"); an empty item for someone named once and not in the registry (a one-off).`,
  },
  {
    name: 'leads',
    type: 'string',
    required: false,
    description: `Who led the travelling side (the participants marked lead: true; co-leads each), as the site names them, joined with "${LIST_SEPARATOR}". Empty when the event names no lead (messages, agreements, and events whose level was written by hand).`,
  },
  {
    name: 'lead_ids',
    type: 'string',
    required: false,
    description: `The registry id of each lead, item for item with leads and joined the same way ("${LIST_SEPARATOR}"). A lead is always in the registry, so no item is empty.`,
  },
  { name: 'summary', type: 'string', required: true, description: 'Plain-text summary, at most 300 characters.' },
  {
    name: 'tags',
    type: 'string',
    required: false,
    description: `Lowercase keywords, joined with "${LIST_SEPARATOR}".`,
  },
  {
    name: 'added',
    type: 'string',
    required: false,
    pattern: CALENDAR_DATE_PATTERN,
    description: 'The day the event entered the record; empty for the events of the first edition.',
  },
  {
    name: 'url',
    type: 'string',
    required: true,
    description:
      "The event's page: an absolute address when the site's address was configured for the build, otherwise its path on the site.",
  },
] as const satisfies readonly Column[];

/** `participants.csv`: one row per participant of each event, in timeline order, then as the event lists them. */
export const PARTICIPANT_COLUMNS = [
  { name: 'event_id', type: 'string', required: true, description: 'The event (id in events.csv).' },
  {
    name: 'person_id',
    type: 'string',
    required: false,
    description: "The person's id in the people registry; empty for someone named once (a one-off).",
  },
  {
    name: 'wikidata',
    type: 'string',
    required: false,
    pattern: 'Q[1-9][0-9]*',
    description:
      "The person's Wikidata item (https://www.wikidata.org/wiki/<item>), where the registry gives one; empty otherwise, and for one-offs.",
  },
  { name: 'name', type: 'string', required: true, description: 'The name the site shows.' },
  {
    name: 'side',
    type: 'string',
    required: true,
    enum: SIDES,
    description: 'Whose person: China, North Korea or other.',
  },
  {
    name: 'office_at_the_time',
    type: 'string',
    required: false,
    description: `The office held at the time: the role the event file gives, or else the registry's offices certainly held on the event's dates, joined with "${LIST_SEPARATOR}". Empty when neither gives one.`,
  },
  {
    name: 'lead',
    type: 'boolean',
    required: true,
    description: "true for the travelling side's lead (co-leads each), whose offices decide the level; else false.",
  },
] as const satisfies readonly Column[];

/** `sources.csv`: one row per source of each event, in timeline order, then as the event lists them. */
export const SOURCE_COLUMNS = [
  { name: 'event_id', type: 'string', required: true, description: 'The event (id in events.csv).' },
  { name: 'title', type: 'string', required: true, description: 'The headline or title of the source.' },
  { name: 'publisher', type: 'string', required: true, description: 'Who published it.' },
  {
    name: 'url',
    type: 'string',
    required: false,
    format: 'uri',
    description: 'Where to read it (http or https); empty when not recorded.',
  },
  {
    name: 'published',
    type: 'string',
    required: false,
    pattern: CALENDAR_DATE_PATTERN,
    description: `When it was published: ${CALENDAR_DATE}; empty when not recorded.`,
  },
  {
    name: 'side',
    type: 'string',
    required: false,
    enum: SIDES,
    description: 'Whose account it is: Chinese, North Korean or other reporting; empty when not marked.',
  },
  {
    name: 'accessed',
    type: 'string',
    required: false,
    pattern: '[0-9]{4}-[0-9]{2}-[0-9]{2}',
    description: 'The day the editor read it, YYYY-MM-DD; empty when not recorded.',
  },
  {
    name: 'archived',
    type: 'string',
    required: false,
    format: 'uri',
    description: 'An archived copy of it (e.g. in the Internet Archive), where the editors saved one; empty otherwise.',
  },
] as const satisfies readonly Column[];

/** The three tables, by the name of their file (`events` is `/events.csv`). */
export const TABLES = {
  events: {
    title: 'Events',
    description: `One row per event, in timeline order. ${LIST_RULE}`,
    columns: EVENT_COLUMNS,
  },
  participants: {
    title: 'Participants',
    description: 'One row per participant of each event, in timeline order, then as the event lists them.',
    columns: PARTICIPANT_COLUMNS,
  },
  sources: {
    title: 'Sources',
    description: 'One row per source of each event, in timeline order, then as the event lists them.',
    columns: SOURCE_COLUMNS,
  },
} as const;

export type TableName = keyof typeof TABLES;

/** One row of a table: every column's text, by name. */
export type Row<Columns extends readonly Column[]> = Record<Columns[number]['name'], string>;
