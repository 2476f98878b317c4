import datapackage from 'datapackage';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { APIRequestContext } from '@playwright/test';
import { expect, test, type ExportedEvent } from './fixtures.ts';

// Every export is read back with a parser other than the library that wrote it, and compared with
// /events.json, the record as the site publishes it.

const PRECISION: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** A CSV file as papaparse reads it: rows keyed by the header, which must be clean RFC 4180. */
async function readCsv(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  // Every record ends with CRLF, the last one too; papaparse would read a last line break as one more
  // (empty) record, so it is taken off before parsing.
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(0, -2), { header: true });
  expect(parsed.errors, path).toEqual([]);
  expect(parsed.meta.linebreak).toBe('\r\n');
  return { header: parsed.meta.fields!, rows: parsed.data };
}

const isDatedToTheDay = ({ date, end }: ExportedEvent) => date.length === 10 && (end === null || end.length === 10);

/** The day after a `YYYY-MM-DD` day, computed in UTC. */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

async function readCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

test.describe('the CSV exports', () => {
  test('events.csv has one row per event, in timeline order, with every column', async ({ request, record }) => {
    const { header, rows } = await readCsv(request, '/events.csv');
    expect(header).toEqual([
      'id',
      'title',
      'date',
      'date_precision',
      'end',
      'end_precision',
      'type',
      'direction',
      'level',
      'location',
      'occasion',
      'participants',
      'participant_ids',
      'leads',
      'lead_ids',
      'summary',
      'tags',
      'added',
      'url',
    ]);
    expect(rows.map(({ id }) => id)).toEqual(record.map(({ id }) => id));
    rows.forEach((row, index) => {
      const event = record[index]!;
      expect(row).toEqual({
        id: event.id,
        title: event.title,
        date: event.date,
        date_precision: PRECISION[event.date.length],
        end: event.end ?? '',
        end_precision: event.end === null ? '' : PRECISION[event.end.length],
        type: event.type,
        direction: event.direction,
        level: event.level ?? '',
        location: event.location ?? '',
        occasion: event.occasion ?? '',
        participants: event.participants.map(({ name }) => name).join('; '),
        participant_ids: event.participants.map(({ person }) => person ?? '').join('; '),
        leads: event.participants
          .filter(({ lead }) => lead)
          .map(({ name }) => name)
          .join('; '),
        lead_ids: event.participants
          .filter(({ lead }) => lead)
          .map(({ person }) => person ?? '')
          .join('; '),
        summary: event.summary,
        tags: event.tags.join('; '),
        added: row.added,
        url: event.url,
      });
      expect(row.added).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    });
    expect(rows.some(({ added }) => added !== '')).toBe(true);
    // Quoting held: summaries with commas and quotes came back whole.
    expect(rows.some(({ summary }) => summary?.includes(','))).toBe(true);
  });

  test('participants.csv and sources.csv list each event’s participants and sources in order', async ({
    request,
    record,
  }) => {
    const participants = await readCsv(request, '/participants.csv');
    expect(participants.header).toEqual([
      'event_id',
      'person_id',
      'wikidata',
      'name',
      'side',
      'office_at_the_time',
      'lead',
    ]);
    const expectedParticipants = record.flatMap((event) =>
      event.participants.map(({ person, wikidata, name, side }) => ({
        event_id: event.id,
        person_id: person ?? '',
        wikidata: wikidata ?? '',
        name,
        side,
      })),
    );
    expect(
      participants.rows.map(({ event_id, person_id, wikidata, name, side }) => ({
        event_id,
        person_id,
        wikidata,
        name,
        side,
      })),
    ).toEqual(expectedParticipants);
    expect(participants.rows.some(({ wikidata }) => /^Q[1-9]\d*$/.test(wikidata ?? ''))).toBe(true);
    const roles = record.flatMap((event) => event.participants.map(({ role }) => role));
    participants.rows.forEach((row, index) => {
      if (roles[index]) expect(row.office_at_the_time).toBe(roles[index]);
      expect(['true', 'false']).toContain(row.lead);
    });
    expect(participants.rows.some(({ lead }) => lead === 'true')).toBe(true);
    expect(participants.rows.some(({ person_id, office_at_the_time }) => !person_id && !office_at_the_time)).toBe(true);

    const sources = await readCsv(request, '/sources.csv');
    expect(sources.header).toEqual([
      'event_id',
      'title',
      'publisher',
      'url',
      'published',
      'side',
      'accessed',
      'archived',
    ]);
    expect(sources.rows).toEqual(
      record.flatMap((event) =>
        event.sources.map(({ title, publisher, url, published, side, accessed, archived }) => ({
          event_id: event.id,
          title,
          publisher,
          url: url ?? '',
          published: published ?? '',
          side: side ?? '',
          accessed: accessed ?? '',
          archived: archived ?? '',
        })),
      ),
    );
  });

  test('each Excel variant is the same bytes after a UTF-8 byte-order mark', async ({ request }) => {
    for (const table of ['events', 'participants', 'sources']) {
      const plain = await (await request.get(`/${table}.csv`)).body();
      const excel = await request.get(`/${table}-excel.csv`);
      expect(excel.ok()).toBe(true);
      expect(excel.headers()['content-type']).toContain('text/csv');
      const bytes = await excel.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).equals(plain)).toBe(true);
    }
  });
});

test('the data package validates, and describes files that exist, column for column', async ({ request, baseURL }) => {
  const response = await request.get('/datapackage.json');
  expect(response.ok()).toBe(true);
  const descriptor = await response.json();
  // frictionless-js checks the descriptor against its bundled Tabular Data Package profile (no download),
  // then reads every table from the site, checking types, enums, patterns, the primary key and foreign keys.
  const dataPackage = await datapackage.Package.load(new URL('/datapackage.json', baseURL).href);
  expect(dataPackage.errors.map(String)).toEqual([]);
  expect(dataPackage.valid).toBe(true);
  const rowCounts: Record<string, number> = {};
  for (const resource of dataPackage.resources) {
    rowCounts[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
  }
  expect(Object.keys(rowCounts)).toEqual(['events', 'participants', 'sources']);

  for (const resource of descriptor.resources as {
    path: string;
    schema: { fields: { name: string; description: string }[] };
  }[]) {
    expect(resource.path).not.toContain('excel');
    const { header, rows } = await readCsv(request, `/${resource.path}`);
    expect(resource.schema.fields.map(({ name }) => name)).toEqual(header);
    for (const field of resource.schema.fields) expect(field.description, field.name).not.toBe('');
    expect(rows.length).toBe(rowCounts[resource.path.replace('.csv', '')]);
  }
});

test.describe('the calendars', () => {
  test('events.ics holds every event dated to the day, all day, ending the day after its last', async ({
    request,
    record,
  }) => {
    const entries = await readCalendar(request, '/events.ics');
    const dated = record.filter(isDatedToTheDay);
    expect(dated.length).toBeLessThan(record.length);
    expect(entries.map(({ uid }) => uid)).toEqual(dated.map(({ id }) => `${id}@china-dprk-timeline.invalid`));
    entries.forEach((entry, index) => {
      const event = dated[index]!;
      expect(entry.summary).toBe(event.title);
      expect(entry.startDate.isDate).toBe(true);
      expect(entry.startDate.toString()).toBe(event.date);
      expect(entry.endDate.isDate).toBe(true);
      expect(entry.endDate.toString()).toBe(dayAfter(event.end ?? event.date));
      const url = String(entry.component.getFirstPropertyValue('url'));
      expect(new URL(url).pathname).toBe(event.url);
      expect(entry.description).toBe(`${event.summary}\n\n${url}`);
    });
  });

  test('anniversaries.ics repeats every agreement dated to the day, yearly', async ({ request, record }) => {
    const entries = await readCalendar(request, '/anniversaries.ics');
    const agreements = record.filter(({ type, date }) => type === 'agreement' && date.length === 10);
    expect(agreements.map(({ id }) => id)).toEqual(
      expect.arrayContaining(['1949-10-06-diplomatic-relations', '1961-07-11-friendship-treaty']),
    );
    expect(entries.map(({ uid }) => uid)).toEqual(
      agreements.map(({ id }) => `${id}-anniversary@china-dprk-timeline.invalid`),
    );
    entries.forEach((entry, index) => {
      expect(entry.startDate.toString()).toBe(agreements[index]!.date);
      expect(entry.endDate.toString()).toBe(dayAfter(agreements[index]!.date));
      expect(String(entry.component.getFirstPropertyValue('rrule'))).toBe('FREQ=YEARLY');
    });
  });
});

test('the feed is RSS 2.0 with the latest additions first, linked from every page', async ({
  request,
  record,
  page,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.ok()).toBe(true);
  const { rss } = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
  expect(rss['@_version']).toBe('2.0');
  const items: { title: string; link: string; guid: { '#text': string }; description: string; pubDate: string }[] =
    rss.channel.item;
  // Newest additions first: by the day added (from events.csv, as events.json has no such field), or else the
  // first day of the date; ties latest in the timeline first.
  const added = new Map((await readCsv(request, '/events.csv')).rows.map((row) => [row.id, row.added]));
  const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const expected = record
    .map((event, position) => ({ event, position, day: added.get(event.id) || firstDay(event.date) }))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.position - a.position))
    .slice(0, 50);
  expect(items.map(({ link }) => new URL(link).pathname)).toEqual(expected.map(({ event }) => event.url));
  items.forEach((item, index) => {
    const { event, day } = expected[index]!;
    expect(item.title).toBe(event.title);
    expect(item.description).toBe(event.summary);
    expect(item.guid['#text']).toBe(item.link);
    expect(new Date(item.pubDate).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });
  expect(items.length).toBe(Math.min(50, record.length));

  await page.goto('/');
  const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveAttribute('href', '/feed.xml');
  await expect(alternate).toHaveAttribute('title', /New entries/);
});

test('the data page lists every export with the rows it holds, and states each one’s rules', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const table = page.getByRole('table', { name: 'Every file, with its size and how many rows it holds' });
  const rowsOf = async (file: string) => {
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: file, exact: true }) });
    return Number((await row.getByRole('cell').nth(1).textContent())!.replace(/,/g, ''));
  };
  for (const file of ['events', 'participants', 'sources']) {
    const { rows } = await readCsv(request, `/${file}.csv`);
    expect(await rowsOf(`${file}.csv`), file).toBe(rows.length);
    expect(await rowsOf(`${file}-excel.csv`), file).toBe(rows.length);
  }
  for (const file of ['events.ics', 'anniversaries.ics']) {
    expect(await rowsOf(file), file).toBe((await readCalendar(request, `/${file}`)).length);
  }
  const { rss } = new XMLParser().parse(await (await request.get('/feed.xml')).text());
  expect(await rowsOf('feed.xml')).toBe(rss.channel.item.length);
  await expect(table.getByRole('link', { name: 'datapackage.json', exact: true })).toBeVisible();
  // The codebook gives the CSV tables' columns, and the rules of the lists, the calendars and the feed.
  const codebook = page.getByRole('region', { name: 'Codebook' });
  await expect(codebook.getByRole('heading', { name: 'Columns of participants.csv' })).toBeVisible();
  await expect(codebook.getByText(/a cell holding a list .* joins its items with "; "/)).toBeVisible();
  await expect(codebook.getByText(/^events\.ics holds every event dated to the day/)).toBeVisible();
  await expect(codebook.getByText(/^feed\.xml holds the latest 50 entries/)).toBeVisible();
});
