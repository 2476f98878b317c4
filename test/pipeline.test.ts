/**
 * The whole pipeline, for random event files: odd text in every field (control characters, lone surrogates,
 * astral and combining characters, right-to-left scripts, markup and formula characters), boundary and
 * malformed dates, odd addresses. Each file is either refused, every problem naming the file, or accepted:
 * then every export is written from it and read back with its own parser, holding the text as written.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { CORE_SCHEMA, dump } from 'js-yaml';
import Papa from 'papaparse';
import { withParticipants } from '../src/domain/participants.ts';
import { Registry } from '../src/domain/registry.ts';
import type { EventData } from '../src/domain/schema.ts';
import { anniversariesCalendar, eventsCalendar, hasAnniversary, isDatedToTheDay } from '../src/exports/calendar.ts';
import { citeEvent } from '../src/exports/citation.ts';
import { TABLES, type TableName } from '../src/exports/columns.ts';
import { tableCsv } from '../src/exports/csv.ts';
import { eventJsonLd, jsonForScript } from '../src/exports/event-metadata.ts';
import { exportEvent } from '../src/exports/events-json.ts';
import { feedOptions } from '../src/exports/feed.ts';
import { prepareEvent } from '../src/exports/prepare.ts';
import { readRecord } from '../src/loaders/record.ts';

const SITE = new URL('https://example.org/timeline/');
const link = (id: string) => new URL(`events/${id}/`, SITE).href;

const PEOPLE = `- id: kim-jong-un
  name: Kim Jong Un
  zh: 金正恩
  ko: 김정은
  side: dprk
`;

/** Pieces odd text is made of: each is something a page, a feed, a calendar or a spreadsheet may trip on. */
const PIECES = [
  ...['Pyongyang', 'Beijing', ' ', '  ', 'a', 'Z', '1961', '0'],
  ...['مرحبا', 'שלום', '\u200F', '\u202E', '金正恩', '김정은', 'e\u0301', '\u0300', '𝄞', '👩‍👩‍👧', '\u{1F1F0}\u{1F1F7}'],
  ...['<', '>', '&', '"', "'", ']]>', '</script>', '<!--', '&amp;', '{', '}', '\\', '%', '#', '$', '_', '~', '^'],
  ...[',', ';', ':', '=', '+', '-', '@', '\t', '\n', '\r\n', '\u2028', '\u00A0', '\uFEFF'],
];

/** What no text may hold: refused, never written. */
const FORBIDDEN = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u{10FFFF}',
];

const pieces = (from: readonly string[]) =>
  fc.array(fc.constantFrom(...from), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

/** Mostly text that may be odd but is allowed; now and then text with a character no text may hold. */
const text = fc.oneof(
  { weight: 30, arbitrary: pieces(PIECES) },
  { weight: 1, arbitrary: pieces([...PIECES, ...FORBIDDEN]) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);

/** Dates at and past every boundary, malformed ones, and ordinary ones. */
const date = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...['1900-01-01', '1899-12-31', '2099-12-31', '2100-01-01', '0050-07-01', '0000', '9999-12-31', '2024-02-29'],
      ...['2023-02-29', '1961', '1961-07', '1961-07-11', '0x7B9', '0o3651', '+1961', '1961.0', '19610711', ' 1961'],
    ),
  },
  {
    weight: 8,
    arbitrary: fc
      .record({
        year: fc.integer({ min: 1900, max: 2099 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
  },
);

const url = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...['https://example.org/a b', 'https://example.org/a\tb', 'https://example.org\\evil', 'javascript:alert(1)'],
      ...['//example.org/a', 'ftp://example.org/', 'https://example.org/\u0007'],
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...[
        'https://example.org/a',
        'http://example.org/?q=a&b=<c>#"x"',
        'https://例え.jp/パス',
        'https://example.org/%20',
      ],
      ...[
        'https://user:pw@example.org/',
        'https://example.org/=1+1',
        'https://example.org/a;b,c{d}%',
        'HTTPS://EXAMPLE.ORG',
      ],
    ),
  },
  { weight: 1, arbitrary: text.map((path) => `https://example.org/${path}`) },
);

const participant = fc.oneof(
  fc.record({
    name: text,
    side: fc.constantFrom('china', 'dprk', 'other'),
    oneOff: fc.constant(true),
    role: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    name: fc.constantFrom('Kim Jong Un', '金正恩', 'kim-jong-un'),
    role: fc.option(text, { nil: undefined }),
  }),
);

const frontMatter = fc.record(
  {
    title: text,
    date,
    // Mostly an end after any date; now and then any date at all, which may come before the start.
    end: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2099', '2099-12', '2099-12-31') }, date),
    type: fc.constantFrom('message', 'agreement', 'commemoration', 'other', 'economic'),
    direction: fc.constantFrom('mutual', 'multilateral', 'china-to-dprk'),
    location: text,
    occasion: text,
    participants: fc.array(participant, { maxLength: 3 }),
    summary: text,
    sources: fc.array(
      fc.record(
        { title: text, publisher: text, url, published: date, side: fc.constantFrom('china', 'dprk', 'other') },
        { requiredKeys: ['title', 'publisher'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    tags: fc.array(
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom('anniversary', 'party-to-party') }, fc.constant('Not A Tag')),
      {
        maxLength: 2,
      },
    ),
    added: date,
  },
  { requiredKeys: ['title', 'date', 'type', 'direction', 'summary', 'sources'] },
);

/** A narrative: odd text, and now and then a link a browser reads otherwise than it looks. */
const narrative = fc
  .array(fc.oneof(text, fc.constantFrom('[a](/\\\\evil.example)', '<a href="\\\\evil.example">x</a>', '## Sources')), {
    maxLength: 4,
  })
  .map((parts) => `${parts.join('\n\n')}\n`);

/** The file an editor would save: front matter as js-yaml writes it (escaping what YAML cannot hold raw), or raw. */
/** "What each side said", pointing at the event's own Chinese and North Korean sources (or at none, now and then). */
const accounts = fc.record(
  {
    china: text,
    dprk: text,
    differences: text,
    phrases: fc.array(
      fc.record(
        { side: fc.constantFrom('china', 'dprk'), text, lang: fc.constantFrom('en', 'zh', 'ko', 'ja'), gloss: text },
        { requiredKeys: ['side', 'text', 'lang'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['china', 'dprk'] },
);

/** The file an editor would save: front matter as js-yaml writes it (escaping what YAML cannot hold raw), or raw. */
const file = fc
  .record({
    data: frontMatter,
    accounts: fc.option(accounts, { freq: 2 }),
    body: narrative,
    raw: fc.nat(4).map((n) => n === 0),
  })
  .map(({ data: fields, accounts: said, body, raw }) => {
    // Accounts cite a source of the event on each side: these two, added to the sources.
    const cited = [
      { title: 'Chinese account', publisher: 'Xinhua', url: 'https://example.org/xinhua', side: 'china' },
      { title: 'North Korean account', publisher: 'KCNA', url: 'https://example.org/kcna', side: 'dprk' },
    ];
    const data = said
      ? {
          ...fields,
          sources: [...fields.sources, ...cited],
          accounts: {
            china: { source: cited[0]!.url, said: said.china },
            dprk: { source: cited[1]!.url, said: said.dprk },
            ...(said.differences === undefined ? {} : { differences: said.differences }),
            ...(said.phrases?.length ? { phrases: said.phrases } : {}),
          },
        }
      : fields;
    const yaml = raw
      ? Object.entries(data)
          .filter(([, value]) => typeof value === 'string')
          .map(([key, value]) => `${key}: ${value as string}`)
          .join('\n') + `\n${dump({ sources: data.sources }, { schema: CORE_SCHEMA })}`
      : dump(data, { schema: CORE_SCHEMA, lineWidth: -1 });
    return { data, raw, text: `---\n${yaml}---\n\n${body}` };
  });

/** What a spreadsheet would run as a formula is written after an apostrophe in the Excel copies. */
const inExcel = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Every XML 1.0 character: a feed holding anything else is unreadable to every feed reader. */
const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Checks each export of one accepted event against the text the record holds. */
async function checkExports(data: EventData, id: string, registry: Registry) {
  const event = withParticipants({ id, data }, registry);

  // eventsJson itself reads the base path from Astro's environment; this is what it writes for each event.
  const exported = JSON.parse(JSON.stringify(exportEvent(event, link(id)), null, 2)) as Record<string, unknown>;
  assert.equal(exported.title, data.title);
  assert.equal(exported.summary, data.summary);
  assert.equal(exported.location, data.location ?? null);
  assert.deepEqual(exported.accounts, data.accounts ?? null);
  assert.deepEqual(
    (exported.sources as { title: string; url: string | null }[]).map(({ title, url }) => [title, url]),
    data.sources.map(({ title, url }) => [title, url ?? null]),
  );

  const prepared = prepareEvent(event, link(id));
  for (const table of Object.keys(TABLES) as TableName[]) {
    const plain = Papa.parse<Record<string, string>>(tableCsv(table, [prepared]), {
      header: true,
      newline: '\r\n',
      skipEmptyLines: true,
    });
    const excel = Papa.parse<Record<string, string>>(
      tableCsv(table, [prepared], { excel: true }).replace(/^\uFEFF/, ''),
      { header: true, newline: '\r\n', skipEmptyLines: true },
    );
    assert.deepEqual(plain.errors, [], table);
    assert.deepEqual(excel.errors, [], table);
    const rows = plain.data;
    if (table === 'events') {
      assert.equal(rows[0]!.title, data.title);
      assert.equal(rows[0]!.summary, data.summary);
      assert.equal(rows[0]!.occasion, data.occasion ?? '');
      assert.equal(excel.data[0]!.title, inExcel(data.title));
      assert.equal(excel.data[0]!.location, inExcel(data.location ?? ''));
    }
    if (table === 'sources') {
      assert.deepEqual(
        plain.data.map((row) => [row.title, row.publisher, row.url]),
        data.sources.map((source) => [source.title, source.publisher, source.url ?? '']),
      );
      assert.deepEqual(
        excel.data.map((row) => row.publisher),
        data.sources.map((source) => inExcel(source.publisher)),
      );
    }
    if (table === 'participants') {
      assert.deepEqual(
        plain.data.map((row) => row.name),
        event.participants.map(({ name }) => name),
      );
    }
  }

  for (const [calendar, holds] of [
    [eventsCalendar([event], link), isDatedToTheDay(data)],
    [anniversariesCalendar([event], link), hasAnniversary(data)],
  ] as const) {
    const parsed = new ICAL.Component(ICAL.parse(calendar));
    const entries = parsed.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    assert.equal(entries.length, holds ? 1 : 0);
    if (holds) {
      assert.ok(entries[0]!.summary.endsWith(data.title), 'the calendar entry holds the title as written');
      assert.equal(entries[0]!.description, `${data.summary}\n\n${link(id)}`);
    }
  }

  const feed = await getRssString(
    feedOptions([event], { home: SITE.href, self: new URL('feed.xml', SITE).href, link }),
  );
  // Well-formed where text can break it: only XML characters, and every & starting an entity. The text read
  // back equal to the record's then shows every < and & was escaped.
  assert.match(feed, XML_TEXT);
  assert.doesNotMatch(feed, /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i);
  const { rss } = new XMLParser({ processEntities: true, parseTagValue: false, trimValues: false }).parse(feed);
  assert.equal(String(rss.channel.item.title), data.title);
  assert.equal(String(rss.channel.item.description), data.summary);

  const jsonLd = jsonForScript(eventJsonLd(event, { page: link(id), person: () => undefined }));
  assert.doesNotMatch(jsonLd, /<\/script/i);
  const ld = JSON.parse(jsonLd) as Record<string, unknown>;
  assert.equal(ld.name, data.title);
  assert.equal(ld.description, data.summary);
  assert.equal(ld.startDate, data.date);

  const library = parseBibtex(citeEvent(event, link(id)).bibtex, { english: false });
  assert.deepEqual(library.errors, []);
  assert.equal(library.entries.length, 1);
}

describe('the whole pipeline, for random event files', () => {
  it('either refuses a file, naming it in every message, or accepts it and writes exports that read back as written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pipeline-'));
    const peopleFile = path.join(dir, 'people.yaml');
    await writeFile(peopleFile, PEOPLE);
    // One file, written afresh for each case.
    const events = path.join(dir, 'events');
    await mkdir(events);
    let accepted = 0;
    let refused = 0;
    try {
      await fc.assert(
        fc.asyncProperty(file, async ({ data: written, raw, text: source }) => {
          await writeFile(path.join(events, '2024-01-01-random.md'), source);
          const record = await readRecord(events, peopleFile, (absolute) => path.relative(dir, absolute));
          const name = 'events/2024-01-01-random.md: ';
          if (record.problems.length > 0) {
            refused++;
            for (const problem of record.problems) {
              assert.ok(problem.startsWith(name), `every message names the file: ${problem}`);
              assert.doesNotMatch(problem, /\n\s+at /, 'no stack trace');
              assert.ok(problem.length > name.length + 10, 'and says what is wrong');
            }
            return;
          }
          accepted++;
          const [event] = record.events;
          if (!raw) {
            // Read back as written (around the text, white space is not kept): no number taken for a date, no
            // character changed.
            assert.equal(event!.data.title, written.title.trim());
            assert.equal(event!.data.summary, written.summary.trim());
            assert.equal(event!.data.date, written.date);
            assert.deepEqual(
              event!.data.sources.map(({ url }) => url),
              written.sources.map(({ url }) => url?.trim()),
            );
          }
          await checkExports(event!.data, event!.id, record.registry);
        }),
        // PIPELINE_RUNS=5000 for a longer search.
        { numRuns: Number(process.env.PIPELINE_RUNS ?? 300) },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // The property is about both answers: a generator that only ever made refused files would prove nothing.
    assert.ok(accepted >= 25, `${accepted} files accepted`);
    assert.ok(refused >= 25, `${refused} files refused`);
  });
});
