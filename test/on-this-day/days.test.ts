import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortEvents } from '../../src/domain/ordering.ts';
import { calendarOf, monthDayName, monthDayOf, nextDayWithEvents } from '../../src/on-this-day/days.ts';
import { event } from '../helpers.ts';

describe('On this day', () => {
  const events = sortEvents([
    event({ date: '1961-07-11' }, 'treaty'),
    event({ date: '2021-07-11' }, 'sixtieth'),
    event({ date: '2011-07-10', end: '2011-07-14' }, 'fiftieth'),
    event({ date: '1958-11' }, 'month-only'),
    event({ date: '1992' }, 'year-only'),
    event({ date: '2024-02-29' }, 'leap'),
  ]);
  const { months, undated } = calendarOf(events);

  it('lists the events dated to the day under the day each began, every year together, oldest first', () => {
    const july = months[6]!;
    assert.equal(july.name, 'July');
    assert.deepEqual(
      july.days.map(({ monthDay, events: list }) => [monthDay, list.map(({ id }) => id)]),
      [
        ['07-10', ['fiftieth']],
        ['07-11', ['treaty', 'sixtieth']],
      ],
    );
    assert.deepEqual(
      months[1]!.days.map(({ monthDay }) => monthDay),
      ['02-29'],
    );
  });

  it('leaves out, and counts, the events known only to the month or the year', () => {
    assert.equal(undated, 2);
    assert.equal(monthDayOf('1958-11'), undefined);
    assert.equal(months.length, 12);
    assert.deepEqual(months[10]!.days, []);
  });

  it('names a day without a year, as the site writes dates', () => {
    assert.equal(monthDayName('07-11'), '11 July');
    assert.equal(monthDayName('02-29'), '29 February');
  });

  it('finds the next day with events, from the end of December on into January', () => {
    const days = ['02-29', '07-10', '07-11'];
    assert.equal(nextDayWithEvents(days, '07-11'), '07-11');
    assert.equal(nextDayWithEvents(days, '03-01'), '07-10');
    assert.equal(nextDayWithEvents(days, '12-03'), '02-29');
    assert.equal(nextDayWithEvents([], '12-03'), undefined);
  });
});
