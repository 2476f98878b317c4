import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandMarks, bandSvg } from '../../src/context/band.ts';
import { contextCsv } from '../../src/exports/context.ts';
import { interleave, sortContext, yearsWithContext, type ContextItem } from '../../src/domain/context.ts';
import { groupByYear, sortEvents } from '../../src/domain/ordering.ts';
import { findPrecedents } from '../../src/domain/precedents.ts';
import { readContextFolder } from '../../src/loaders/context-files.ts';
import { readRecord } from '../../src/loaders/record.ts';
import { withParticipants } from '../../src/domain/participants.ts';
import { countExchanges } from '../../src/chart/exchanges.ts';
import { filterableOf } from '../../src/filter/options.ts';
import Papa from 'papaparse';
import { event, folderWith } from '../helpers.ts';

const ITEM = `title: North Korea conducts its first nuclear test
date: 2006-10-09
kind: nuclear-test
summary: North Korea carried out its first nuclear test.
sources:
  - title: CTBTO monitoring system has detected unusual seismic event in North Korea
    publisher: CTBTO
    url: https://newsroom.ctbto.org/2013/02/12/ctbto-monitoring-system-has-detected-unusual-seismic-event-in-north-korea/
`;

const item = (id: string, date: string, kind: ContextItem['data']['kind'] = 'nuclear-test'): ContextItem => ({
  id,
  data: { title: id, date, kind, summary: 'S.', sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/' }] },
});

describe('the context collection', () => {
  it('reads one YAML file per item and ignores templates', async () => {
    const dir = await folderWith({ '2006-10-09-test.yaml': ITEM, '_template.yaml': 'title: x' });
    const { items, problems } = await readContextFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(problems, []);
    assert.deepEqual(items.map(({ id, data }) => [id, data.kind, data.date]), [['2006-10-09-test', 'nuclear-test', '2006-10-09']]);
  });

  it("requires China's vote for a Security Council decision, and refuses one anywhere else", async () => {
    const dir = await folderWith({
      'a.yaml': ITEM.replace('kind: nuclear-test', 'kind: un-security-council'),
      'b.yaml': `${ITEM}chinaVote: in-favour\n`,
      'c.yaml': ITEM.replace('kind: nuclear-test', 'kind: un-security-council') + 'chinaVote: yes\n',
      'd.yaml': ITEM.replace('date: 2006-10-09', 'date: 2006-13-09').replace('summary:', 'sumary:'),
      'Bad Name.yaml': ITEM,
    });
    const { items, problems } = await readContextFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(items, []);
    assert.deepEqual(problems, [
      'Bad Name.yaml: file name "Bad Name.yaml" is not allowed (use lowercase letters, digits and hyphens, e.g. 2006-10-09-nuclear-test.yaml)',
      'a.yaml: chinaVote is required for kind "un-security-council" (one of in-favour, abstained, vetoed, without-vote, for kind un-security-council only)',
      'b.yaml: chinaVote "in-favour" is only for kind "un-security-council" (one of in-favour, abstained, vetoed, without-vote, for kind un-security-council only)',
      'c.yaml: chinaVote "yes" is not an allowed value (one of in-favour, abstained, vetoed, without-vote, for kind un-security-council only)',
      'd.yaml: date "2006-13-09" has no month 13 (use YYYY-MM-DD, YYYY-MM or YYYY)',
      'd.yaml: summary is missing (plain text in your own words, at most 300 characters)',
      'd.yaml: sumary is not a known field (did you mean "summary"? known fields: title, date, end, kind, summary, resolution, chinaVote, sources, added)',
    ]);
  });

  it('holds the project’s collection valid, every item with a source address', async () => {
    const { items, problems } = await readContextFolder('content/context');
    assert.deepEqual(problems, []);
    assert.ok(items.length >= 30);
    for (const { id, data } of items) assert.ok(data.sources.every((source) => /^https?:\/\//.test(source.url)), id);
  });

  it('publishes a CSV that a CSV parser reads back, one row per item', () => {
    const items = [item('a', '2006-10-09'), { ...item('b', '2022-05-26', 'un-security-council'), data: { ...item('b', '2022-05-26').data, kind: 'un-security-council' as const, chinaVote: 'vetoed' as const } }];
    const { data, errors } = Papa.parse<Record<string, string>>(contextCsv(items), { header: true, skipEmptyLines: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(data.map((row) => [row.id, row.kind, row.china_vote, row.date_precision]), [
      ['a', 'nuclear-test', '', 'day'],
      ['b', 'un-security-council', 'vetoed', 'day'],
    ]);
  });
});

describe('context beside the record, never in it', () => {
  const events = sortEvents([event({ date: '2006-01-10' }, 'e1'), event({ date: '2006-10-28' }, 'e2'), event({ date: '2008-06-17' }, 'e3')]);
  const items = sortContext([item('c2', '2006-10-14'), item('c1', '2006-10-09'), item('c3', '2007-10-02'), item('c0', '1993-05-11')]);

  it('sets context between the events by date, keeping every event once and in order', () => {
    const merged = interleave(events.slice(0, 2), items.filter(({ data }) => data.date.startsWith('2006')));
    assert.deepEqual(merged.map((entry) => (entry.kind === 'event' ? `event ${entry.event.id}` : `context ${entry.item.id}`)), [
      'event e1',
      'context c1',
      'context c2',
      'event e2',
    ]);
  });

  it('gives a year with only context a year of its own, and none before the record begins', () => {
    const years = yearsWithContext(groupByYear(events), items);
    assert.deepEqual(
      years.map(({ year, contextOnly, entries }) => [year, contextOnly, entries.length]),
      [
        [2006, false, 4],
        [2007, true, 1],
        [2008, false, 1],
      ],
    );
    const listed = years.flatMap(({ entries }) => entries.filter((entry) => entry.kind === 'event').map((entry) => entry.kind === 'event' && entry.event.id));
    assert.deepEqual(listed, ['e1', 'e2', 'e3']);
  });

  it('leaves the counts and the precedent lines exactly as the record alone gives them', async () => {
    const record = await readRecord('content/events', 'content/people.yaml');
    const context = await readContextFolder('content/context');
    assert.ok(context.items.length > 0);
    const sorted = sortEvents(record.events.filter(({ data }) => !data.draft)).map((entry) => withParticipants(entry, record.registry));
    // What the timeline lists: every year's entries. Its events are the record's events, and nothing else.
    const years = yearsWithContext(groupByYear(sorted), sortContext(context.items));
    const listedEvents = years.flatMap(({ entries }) => entries.flatMap((entry) => (entry.kind === 'event' ? [entry.event] : [])));
    assert.deepEqual(listedEvents.map(({ id }) => id), sorted.map(({ id }) => id));
    const counted = countExchanges(listedEvents.map(filterableOf), 1949, 2025);
    assert.equal(counted.total, sorted.length);
    const precedents = findPrecedents(listedEvents);
    const contextIds = new Set(context.items.map(({ id }) => id));
    for (const precedent of precedents.values()) {
      if (precedent.previous) assert.ok(!contextIds.has(precedent.previous.id));
    }
    assert.deepEqual([...precedents.keys()], [...findPrecedents(sorted).keys()]);
  });
});

describe('the context band under the chart', () => {
  it('marks each year that had an item, in the row of its kind, with the items named', () => {
    const rows = bandMarks(
      [
        { date: '2006-10-09', kind: 'nuclear-test', title: 'First test' },
        { date: '2006-10-14', kind: 'un-security-council', title: 'Resolution 1718' },
        { date: '2006-07-15', kind: 'un-security-council', title: 'Resolution 1695' },
        { date: '1900', kind: 'nuclear-test', title: 'Out of range' },
      ],
      1949,
      2025,
    );
    assert.deepEqual(rows.map(({ row, years }) => [row.id, years]), [
      ['tests', [[2006, ['First test']]]],
      ['council', [[2006, ['Resolution 1718', 'Resolution 1695']]]],
      ['summits', []],
      ['china-rok', []],
    ]);
  });

  it('is an image titled and described for what it shows', () => {
    const svg = bandSvg([{ date: '2006-10-09', kind: 'nuclear-test', title: 'First <test>' }], 1949, 2025);
    assert.match(svg, /role="img"/);
    assert.match(svg, /<desc id="band-summary">1 context events: Nuclear and missile tests in 1 year/);
    assert.match(svg, /<title>2006: First &lt;test><\/title>/);
  });
});
