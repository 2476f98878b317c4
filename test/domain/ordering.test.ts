import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByYear, neighbours, sortEvents, type TimelineEvent } from '../../src/domain/ordering.ts';
import { event as timelineEvent } from '../helpers.ts';

const event = (id: string, date: string, end?: string): TimelineEvent =>
  timelineEvent({ title: id, date, ...(end ? { end } : {}) }, id);

describe('timeline order', () => {
  const events = [
    event('c', '2023-07-26'),
    event('a', '1961-07-11'),
    event('y', '2023'),
    event('m', '2023-07'),
    event('long', '2023-07-26', '2023-07-30'),
    event('b', '2023-07-26'),
  ];

  it('puts events oldest first; a year before its months, a month before its days; then by end and id', () => {
    assert.deepEqual(
      sortEvents(events).map((e) => e.id),
      ['a', 'y', 'm', 'b', 'c', 'long'],
    );
  });

  it('does not change the list it is given', () => {
    const before = events.map((e) => e.id);
    sortEvents(events);
    assert.deepEqual(
      events.map((e) => e.id),
      before,
    );
  });

  it('groups sorted events by the year they start in', () => {
    const groups = groupByYear(sortEvents(events));
    assert.deepEqual(
      groups.map(({ year, events: list }) => [year, list.map((e) => e.id)]),
      [
        [1961, ['a']],
        [2023, ['y', 'm', 'b', 'c', 'long']],
      ],
    );
  });

  it('finds the previous and next events', () => {
    const sorted = sortEvents(events);
    assert.deepEqual([neighbours(sorted, 'a').previous?.id, neighbours(sorted, 'a').next?.id], [undefined, 'y']);
    assert.deepEqual([neighbours(sorted, 'b').previous?.id, neighbours(sorted, 'b').next?.id], ['m', 'c']);
    assert.equal(neighbours(sorted, 'long').next, undefined);
  });
});
