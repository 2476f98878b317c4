import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { Registry } from '../../src/domain/registry.ts';
import { EVENT_TYPES, LEVELS } from '../../src/domain/schema.ts';
import {
  EVENT_COLUMNS,
  LIST_RULE,
  PARTICIPANT_COLUMNS,
  SOURCE_COLUMNS,
  TABLES,
  type Column,
} from '../../src/exports/columns.ts';
import { eventRow, participantRows, sourceRows, tableCsv, tableRows, toCsv } from '../../src/exports/csv.ts';
import { prepareEvent } from '../../src/exports/prepare.ts';
import { recordEvent } from '../helpers.ts';

const registry = new Registry([
  {
    id: 'li-qiang',
    name: 'Li Qiang',
    aliases: [],
    side: 'china',
    offices: [
      {
        title: 'Premier of the State Council',
        rank: 'head-of-government',
        from: '2023-03-11',
        to: 'present',
        heldOn: [],
      },
    ],
  },
  { id: 'kim-jong-un', name: 'Kim Jong Un', wikidata: 'Q12345', aliases: ['Kim Jong-un'], side: 'dprk', offices: [] },
]);

/** An event prepared as the endpoints prepare it, with participants resolved against `registry`. */
const prepared = (data: Parameters<typeof recordEvent>[0], id = 'event') =>
  prepareEvent(recordEvent(data, id, registry), `/events/${id}/`);

const LI_QIANG = prepared(
  {
    title: 'Premier visits Pyongyang',
    date: '2025-10-09',
    end: '2025-10-11',
    type: 'official-visit',
    direction: 'china-to-dprk',
    level: 'head-of-government',
    location: 'Pyongyang and Anju',
    participants: [
      { name: 'Li Qiang', lead: true },
      { name: 'Kim Jong-un', role: 'General Secretary' },
      { name: 'Dmitry Medvedev', side: 'other', oneOff: true },
    ],
    sources: [
      {
        title: 'Premier arrives, "at last"',
        publisher: 'Xinhua',
        url: 'https://example.org/a',
        published: '2025-10-09',
        side: 'china',
        accessed: '2026-11-20',
        archived: 'https://web.archive.org/web/20251010000000/https://example.org/a',
      },
      { title: 'Report', publisher: 'KCNA' },
    ],
    tags: ['anniversary', 'party-to-party'],
    added: '2026-11-23',
  },
  '2025-10-09-li-qiang',
);

describe('the CSV tables', () => {
  it('give every column of an event, dates as written with their precision, and empty text for what is absent', () => {
    assert.deepEqual(eventRow(prepared({ title: 'Treaty', date: '1961-07', type: 'agreement' }, 'treaty')), {
      id: 'treaty',
      title: 'Treaty',
      date: '1961-07',
      date_precision: 'month',
      end: '',
      end_precision: '',
      type: 'agreement',
      direction: 'mutual',
      level: '',
      location: '',
      occasion: '',
      participants: '',
      participant_ids: '',
      leads: '',
      lead_ids: '',
      summary: 'Summary.',
      tags: '',
      added: '',
      url: '/events/treaty/',
    });
    assert.equal(eventRow(prepared({ date: '1953' })).date_precision, 'year');
    assert.deepEqual(
      [LI_QIANG.datePrecision, LI_QIANG.endPrecision, eventRow(LI_QIANG).end, eventRow(LI_QIANG).added],
      ['day', 'day', '2025-10-11', '2026-11-23'],
    );
  });

  it('join lists with "; ", ids item for item with names and an empty item for a one-off', () => {
    const row = eventRow(LI_QIANG);
    assert.equal(row.participants, 'Li Qiang; Kim Jong Un; Dmitry Medvedev');
    assert.equal(row.participant_ids, 'li-qiang; kim-jong-un; ');
    // The travelling lead apart, so "who went" needs no second table.
    assert.equal(row.leads, 'Li Qiang');
    assert.equal(row.lead_ids, 'li-qiang');
    assert.equal(row.tags, 'anniversary; party-to-party');
  });

  it('give one participant row each, with the office at the time, the Wikidata item and the lead as true or false', () => {
    assert.deepEqual(participantRows(LI_QIANG), [
      {
        event_id: '2025-10-09-li-qiang',
        person_id: 'li-qiang',
        wikidata: '',
        name: 'Li Qiang',
        side: 'china',
        office_at_the_time: 'Premier of the State Council',
        lead: 'true',
      },
      {
        event_id: '2025-10-09-li-qiang',
        person_id: 'kim-jong-un',
        wikidata: 'Q12345',
        name: 'Kim Jong Un',
        side: 'dprk',
        office_at_the_time: 'General Secretary',
        lead: 'false',
      },
      {
        event_id: '2025-10-09-li-qiang',
        person_id: '',
        wikidata: '',
        name: 'Dmitry Medvedev',
        side: 'other',
        office_at_the_time: '',
        lead: 'false',
      },
    ]);
  });

  it('give one source row each, in the order the event lists them, with the day read and the archived copy', () => {
    assert.deepEqual(sourceRows(LI_QIANG), [
      {
        event_id: '2025-10-09-li-qiang',
        title: 'Premier arrives, "at last"',
        publisher: 'Xinhua',
        url: 'https://example.org/a',
        published: '2025-10-09',
        side: 'china',
        accessed: '2026-11-20',
        archived: 'https://web.archive.org/web/20251010000000/https://example.org/a',
      },
      {
        event_id: '2025-10-09-li-qiang',
        title: 'Report',
        publisher: 'KCNA',
        url: '',
        published: '',
        side: '',
        accessed: '',
        archived: '',
      },
    ]);
  });

  it('give each table the columns its description lists, in that order', () => {
    const events = [LI_QIANG, prepared({}, 'other')];
    for (const [table, { columns }] of Object.entries(TABLES)) {
      for (const row of tableRows(table as keyof typeof TABLES, events)) {
        assert.deepEqual(
          Object.keys(row),
          columns.map(({ name }) => name),
          table,
        );
      }
    }
    assert.equal(tableRows('participants', events).length, 3);
    assert.equal(tableRows('sources', events).length, 3);
  });

  it('write RFC 4180: a header, CRLF line ends, and quotes only where a field needs them', () => {
    const columns = [
      { name: 'a', type: 'string', required: true, description: '' },
      { name: 'b', type: 'string', required: false, description: '' },
    ] as const;
    const csv = toCsv(columns, [
      { a: 'plain', b: '' },
      { a: 'comma, here', b: 'say "hi"' },
      { a: 'two\nlines', b: 'carriage\rreturn' },
      { a: '金正恩 김정은', b: ' spaced ' },
    ]);
    assert.equal(
      csv,
      'a,b\r\nplain,\r\n"comma, here","say ""hi"""\r\n"two\nlines","carriage\rreturn"\r\n金正恩 김정은, spaced \r\n',
    );
    assert.equal(toCsv(columns, []), 'a,b\r\n');
  });

  it('write the Excel variant as the same text after a byte-order mark, where no cell could start a formula', () => {
    const events = [LI_QIANG];
    for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
      const plain = tableCsv(table, events);
      assert.equal(tableCsv(table, events, { excel: true }), `\uFEFF${plain}`);
      assert.ok(!plain.startsWith('\uFEFF'));
      assert.equal(Buffer.from(`\uFEFF${plain}`).subarray(0, 3).toString('hex'), 'efbbbf');
    }
    assert.match(tableCsv('events', events), /^id,title,date,date_precision,end,end_precision,type,/);
  });

  it('make text of every cell a spreadsheet would run as a formula, in the Excel variant only', () => {
    const hostile = prepared(
      {
        title: '=HYPERLINK("https://evil.example","Click")',
        summary: '+1961 and more',
        location: '-2+3',
        occasion: '@SUM(A1:A9)',
        participants: [{ name: '=cmd|/c calc', side: 'other', oneOff: true, role: '\tTabbed' }],
        sources: [{ title: '\rReturn', publisher: 'Safe = not first' }],
      },
      'hostile',
    );
    const parse = (csv: string) =>
      Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    const [plain] = parse(tableCsv('events', [hostile]));
    const [excel] = parse(tableCsv('events', [hostile], { excel: true }));
    // The plain CSV holds the text exactly as written…
    assert.equal(plain!.title, '=HYPERLINK("https://evil.example","Click")');
    assert.equal(plain!.summary, '+1961 and more');
    // …and the Excel copy starts each formula-like cell with an apostrophe, leaving the rest alone.
    assert.equal(excel!.title, `'=HYPERLINK("https://evil.example","Click")`);
    assert.equal(excel!.summary, "'+1961 and more");
    assert.equal(excel!.location, "'-2+3");
    assert.equal(excel!.occasion, "'@SUM(A1:A9)");
    assert.equal(excel!.participants, "'=cmd|/c calc");
    assert.equal(excel!.id, 'hostile');
    assert.equal(excel!.date, plain!.date);
    const [person] = parse(tableCsv('participants', [hostile], { excel: true }));
    assert.equal(person!.name, "'=cmd|/c calc");
    assert.equal(person!.office_at_the_time, "'\tTabbed");
    const [source] = parse(tableCsv('sources', [hostile], { excel: true }));
    assert.equal(source!.title, "'\rReturn");
    assert.equal(source!.publisher, 'Safe = not first');
  });
});

describe('the column descriptions', () => {
  it('take enumerated values from the schema itself', () => {
    const byName: Record<string, Column> = Object.fromEntries(EVENT_COLUMNS.map((column) => [column.name, column]));
    assert.equal(byName.type!.enum, EVENT_TYPES);
    assert.equal(byName.level!.enum, LEVELS);
    assert.deepEqual(byName.date_precision!.enum, ['day', 'month', 'year']);
  });

  it('describe every column, and name each once', () => {
    for (const columns of [EVENT_COLUMNS, PARTICIPANT_COLUMNS, SOURCE_COLUMNS]) {
      const names = columns.map(({ name }) => name);
      assert.equal(new Set(names).size, names.length);
      for (const column of columns) assert.ok(column.description.length > 10, column.name);
    }
  });

  it('state the list rule once, for the events table, and the separator in every list column', () => {
    assert.match(LIST_RULE, /"; "/);
    assert.ok(TABLES.events.description.includes(LIST_RULE));
    const lists = EVENT_COLUMNS.filter(({ description }) => description.includes('"; "'));
    assert.deepEqual(
      lists.map(({ name }) => name),
      ['participants', 'participant_ids', 'leads', 'lead_ids', 'tags'],
    );
  });
});
