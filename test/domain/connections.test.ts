import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectionsOf } from '../../src/domain/connections.ts';
import { sortEvents } from '../../src/domain/ordering.ts';
import { Registry } from '../../src/domain/registry.ts';
import type { EventData, Person } from '../../src/domain/schema.ts';
import { THREADS, threadCounts, threadEvents, yearsSincePrevious } from '../../src/domain/threads.ts';
import { recordEvent } from '../helpers.ts';

const person = (id: string, side: Person['side']): Person => ({ id, name: id, side, aliases: [], offices: [] });
const registry = new Registry([
  person('kim-jong-un', 'dprk'),
  person('xi-jinping', 'china'),
  person('wang-yi', 'china'),
  person('kim-il-sung', 'dprk'),
]);

/** A visit going `direction`, led by `lead`. */
const visit = (
  id: string,
  date: string,
  direction: EventData['direction'],
  lead: string,
  data: Partial<EventData> = {},
) =>
  recordEvent(
    {
      date,
      type: 'official-visit',
      direction,
      level: 'leader',
      participants: [{ name: lead, lead: true }],
      ...data,
    },
    id,
    registry,
  );

const ids = (events: readonly { id: string }[] | undefined) => events?.map((event) => event.id);

describe('an event’s computed connections', () => {
  const record = sortEvents([
    visit('2018-03-kim', '2018-03-25', 'dprk-to-china', 'kim-jong-un', { tags: ['summit'] }),
    visit('2018-05-wang', '2018-05-02', 'china-to-dprk', 'wang-yi'),
    visit('2018-06-kim', '2018-06-19', 'dprk-to-china', 'kim-jong-un', {
      tags: ['summit'],
      participants: [{ name: 'kim-jong-un', lead: true }, { name: 'xi-jinping' }],
    }),
    visit('2019-01-kim', '2019-01', 'dprk-to-china', 'kim-jong-un'),
    visit('2019-01-08-xi', '2019-01-08', 'china-to-dprk', 'xi-jinping'),
    visit('2019-06-xi', '2019-06-20', 'china-to-dprk', 'xi-jinping', {
      tags: ['summit'],
      participants: [{ name: 'xi-jinping', lead: true }, { name: 'kim-jong-un' }],
      occasion: '70th anniversary of relations',
      related: [{ id: '2018-03-kim', note: 'the visit it returned' }],
    }),
    recordEvent(
      { date: '2019-06-20', type: 'message', direction: 'mutual', occasion: '70th  Anniversary of relations' },
      '2019-06-20-messages',
      registry,
    ),
    recordEvent(
      { date: '2019-10-06', type: 'message', direction: 'mutual', occasion: '70th anniversary of relations' },
      '2019-10-messages',
      registry,
    ),
    recordEvent(
      { date: '2019-06-19', end: '2019-06-21', type: 'economic', direction: 'mutual' },
      '2019-06-trade-fair',
      registry,
    ),
  ]);
  const connections = connectionsOf(record);

  it('names the nearest exchanges going the other way, before and after, certainly so', () => {
    const wang = connections.get('2018-05-wang')!.otherWay!;
    assert.equal(wang.direction, 'dprk-to-china');
    assert.equal(wang.previous?.id, '2018-03-kim');
    assert.equal(wang.next?.id, '2018-06-kim');
    // 2019-01 may be before or after 8 January: it is neither the previous nor the next visit of Xi's.
    const xi = connections.get('2019-01-08-xi')!.otherWay!;
    assert.equal(xi.previous?.id, '2018-06-kim');
    assert.equal(xi.next, undefined);
    const kim = connections.get('2019-01-kim')!.otherWay!;
    assert.equal(kim.previous?.id, '2018-05-wang');
    assert.equal(kim.next?.id, '2019-06-xi');
  });

  it('gives no other way to exchanges that go both ways', () => {
    assert.equal(connections.get('2019-06-20-messages')!.otherWay, undefined);
  });

  it('finds events at the same time or for the same occasion, whatever its spacing and case', () => {
    assert.deepEqual(ids(connections.get('2019-06-xi')!.sameOccasion), [
      '2019-06-trade-fair',
      '2019-06-20-messages',
      '2019-10-messages',
    ]);
    assert.deepEqual(ids(connections.get('2019-06-trade-fair')!.sameOccasion), ['2019-06-20-messages', '2019-06-xi']);
    assert.deepEqual(ids(connections.get('2018-05-wang')!.sameOccasion), []);
  });

  it('finds a long event overlapping one far later in the timeline', () => {
    const war = recordEvent(
      { date: '1950-06-25', end: '1953-07-27', type: 'military', direction: 'mutual' },
      'war',
      registry,
    );
    const trips = ['1950-10-19', '1951', '1952-05-01', '1953-07-28'].map((date, index) =>
      recordEvent({ date, type: 'other', direction: 'mutual' }, `e${index}`, registry),
    );
    const found = connectionsOf(sortEvents([war, ...trips]));
    assert.deepEqual(ids(found.get('e2')!.sameOccasion), ['war'], '1951 is over before 1 May 1952');
    assert.deepEqual(ids(found.get('e1')!.sameOccasion), ['war']);
    assert.deepEqual(ids(found.get('war')!.sameOccasion), ['e0', 'e1', 'e2']);
    assert.deepEqual(ids(found.get('e3')!.sameOccasion), []);
  });

  it('lists the lead’s other trips, nearest first on each side', () => {
    const [lead] = connections.get('2018-06-kim')!.leads;
    assert.equal(lead!.person.id, 'kim-jong-un');
    assert.equal(lead!.count, 2);
    assert.deepEqual(ids(lead!.events), ['2018-03-kim', '2019-01-kim']);
  });

  it('shows at most four trips each side of a lead with many, and counts them all', () => {
    const many = sortEvents(
      Array.from({ length: 12 }, (_, year) =>
        visit(`trip-${year}`, `${1970 + year}-05-01`, 'dprk-to-china', 'kim-il-sung'),
      ),
    );
    const [lead] = connectionsOf(many).get('trip-6')!.leads;
    assert.equal(lead!.count, 11);
    assert.deepEqual(ids(lead!.events), [
      'trip-2',
      'trip-3',
      'trip-4',
      'trip-5',
      'trip-7',
      'trip-8',
      'trip-9',
      'trip-10',
    ]);
  });

  it('places an event in each thread it belongs to, with the events before and after it there', () => {
    const [summits] = connections.get('2019-06-xi')!.threads;
    assert.equal(summits!.thread.id, 'kim-xi-summits');
    assert.deepEqual(
      [summits!.position, summits!.count, summits!.previous?.id, summits!.next],
      [2, 2, '2018-06-kim', undefined],
    );
    assert.deepEqual(connections.get('2018-03-kim')!.threads, [], 'a summit Xi did not attend is not a Kim–Xi summit');
  });

  it('keeps the editors’ links apart, with their notes', () => {
    const { editors } = connections.get('2019-06-xi')!;
    assert.deepEqual(
      editors.map(({ event, note }) => [event.id, note]),
      [['2018-03-kim', 'the visit it returned']],
    );
  });
});

describe('threads', () => {
  const events = sortEvents([
    recordEvent({ date: '1961-07-11', type: 'agreement', tags: ['treaty'] }, 'treaty', registry),
    recordEvent({ date: '2011-07-10', type: 'message', tags: ['treaty', 'anniversary'] }, 'fiftieth', registry),
    recordEvent({ date: '2021-07-11', type: 'message', tags: ['anniversary', 'treaty'] }, 'sixtieth', registry),
    recordEvent(
      { date: '1993-07', type: 'delegation', direction: 'china-to-dprk', level: 'senior-leader', tags: ['armistice'] },
      'armistice',
      registry,
    ),
  ]);

  it('are found from the tags the record uses', () => {
    const byThread = Object.fromEntries(threadEvents(events).map(({ thread, events: list }) => [thread.id, ids(list)]));
    assert.deepEqual(byThread, {
      'treaty-1961': ['treaty', 'fiftieth', 'sixtieth'],
      'korean-war': ['armistice'],
      'kim-xi-summits': [],
      'friendship-years': [],
    });
    assert.equal(new Set(THREADS.map((thread) => thread.id)).size, THREADS.length);
  });

  it('count their events by direction and the years they span, and the years between them', () => {
    const treaty = threadEvents(events).find(({ thread }) => thread.id === 'treaty-1961')!.events;
    assert.deepEqual(threadCounts(treaty), {
      total: 3,
      byDirection: [{ direction: 'mutual', count: 3 }],
      years: { first: 1961, last: 2021 },
    });
    assert.deepEqual(yearsSincePrevious(treaty), [undefined, 50, 10]);
    assert.deepEqual(threadCounts([]), { total: 0, byDirection: [], years: undefined });
  });
});
