import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { dayAfter } from '../../src/domain/dates.ts';
import {
  ANNIVERSARY_RULE,
  anniversariesCalendar,
  CALENDAR_RULE,
  eventsCalendar,
  hasAnniversary,
  isDatedToTheDay,
} from '../../src/exports/calendar.ts';
import { event } from '../helpers.ts';

const link = (id: string) => `https://example.org/events/${id}/`;

/** The calendar's VEVENTs as ical.js reads them. */
function entries(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)),
  };
}

const EVENTS = [
  event({ title: 'Relations', date: '1949-10-06', type: 'agreement', added: '2026-11-23' }, 'relations'),
  event({ title: 'Visit; with, commas', date: '1958-11', type: 'official-visit' }, 'month-only'),
  event({ title: 'Armistice', date: '1953', type: 'agreement' }, 'year-only'),
  event({ title: 'Long visit', date: '2024-12-30', end: '2025-01-02', location: 'Pyongyang' }, 'long-visit'),
  event({ title: 'Open end', date: '1964-09-28', end: '1964-10' }, 'open-end'),
  event({ title: 'Treaty', date: '1961-07-11', end: '1961-07-15', type: 'agreement' }, 'treaty'),
];

describe('the calendars', () => {
  it('hold only events dated to the day, from start and end alike', () => {
    assert.equal(isDatedToTheDay({ date: '1961-07-11' }), true);
    assert.equal(isDatedToTheDay({ date: '2024-12-30', end: '2025-01-02' }), true);
    assert.equal(isDatedToTheDay({ date: '1958-11' }), false);
    assert.equal(isDatedToTheDay({ date: '1953' }), false);
    assert.equal(isDatedToTheDay({ date: '1964-09-28', end: '1964-10' }), false);
    const { events } = entries(eventsCalendar(EVENTS, link));
    assert.deepEqual(
      events.map(({ uid }) => uid),
      [
        'relations@china-dprk-timeline.invalid',
        'long-visit@china-dprk-timeline.invalid',
        'treaty@china-dprk-timeline.invalid',
      ],
    );
  });

  it('write all-day events whose end is the day after the last day', () => {
    const text = eventsCalendar(EVENTS, link);
    assert.match(text, /DTSTART;VALUE=DATE:20241230\r\nDTEND;VALUE=DATE:20250103\r\n/);
    assert.match(text, /DTSTART;VALUE=DATE:19491006\r\nDTEND;VALUE=DATE:19491007\r\n/);
    const visit = entries(text).events[1]!;
    assert.equal(visit.startDate.isDate, true);
    assert.equal(visit.startDate.toString(), '2024-12-30');
    assert.equal(visit.endDate.toString(), '2025-01-03');
    assert.equal(visit.summary, 'Long visit');
    assert.equal(visit.location, 'Pyongyang');
    assert.equal(visit.description, `Summary.\n\n${link('long-visit')}`);
    assert.equal(visit.component.getFirstPropertyValue('url'), link('long-visit'));
  });

  it('stamp each entry with the day it was added, or its date, never the clock', () => {
    const text = eventsCalendar(EVENTS, link);
    const stamps = entries(text).events.map((entry) => entry.component.getFirstPropertyValue('dtstamp')!.toString());
    assert.deepEqual(stamps, ['2026-11-23T00:00:00Z', '2024-12-30T00:00:00Z', '1961-07-11T00:00:00Z']);
    assert.equal(eventsCalendar(EVENTS, link), text);
  });

  it('write the same bytes in every time zone', () => {
    const script = `
      import { eventsCalendar, anniversariesCalendar } from './src/exports/calendar.ts';
      const event = (date, end, type = 'agreement') => ({ id: date, data: { title: date, date, end, type, summary: 'S.', participants: [], sources: [], tags: [], formerIds: [], draft: false } });
      const events = [event('2024-12-31', '2025-01-01'), event('1961-07-11'), event('2024-02-29')];
      const link = (id) => '/events/' + id + '/';
      console.log(eventsCalendar(events, link) + anniversariesCalendar(events, link));`;
    const run = (tz: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz } });
    const utc = run('UTC');
    assert.match(utc.toString(), /DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250102/);
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Pyongyang']) assert.deepEqual(run(tz), utc, tz);
  });

  it('end every line with CRLF and fold long ones, escaping text', () => {
    const text = eventsCalendar([event({ title: 'A; b, c', date: '2020-01-01' }, 'x')], link);
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
    assert.match(text, /SUMMARY:A\\; b\\, c\r\n/);
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  });

  it('describe each calendar with the rule that fills it', () => {
    // X-WR-CALDESC is TEXT (RFC 5545 gives non-standard properties that type); ical.js reads it raw unless told.
    ICAL.design.icalendar.property['x-wr-caldesc'] = { defaultType: 'text' };
    const described = (text: string) => entries(text).calendar.getFirstPropertyValue('x-wr-caldesc');
    assert.equal(described(eventsCalendar(EVENTS, link)), CALENDAR_RULE);
    assert.equal(described(anniversariesCalendar(EVENTS, link)), ANNIVERSARY_RULE);
  });

  it('repeat every agreement dated to the day each year, and nothing else', () => {
    assert.equal(hasAnniversary({ type: 'agreement', date: '1961-07-11' }), true);
    assert.equal(hasAnniversary({ type: 'agreement', date: '1953' }), false);
    assert.equal(hasAnniversary({ type: 'message', date: '1961-07-11' }), false);
    const { events } = entries(anniversariesCalendar(EVENTS, link));
    assert.deepEqual(
      events.map(({ uid }) => uid),
      ['relations-anniversary@china-dprk-timeline.invalid', 'treaty-anniversary@china-dprk-timeline.invalid'],
    );
    const treaty = events[1]!;
    assert.equal(treaty.summary, 'Anniversary (1961): Treaty');
    assert.equal(treaty.startDate.toString(), '1961-07-11');
    assert.equal(treaty.endDate.toString(), '1961-07-12');
    assert.equal(treaty.isRecurring(), true);
    assert.equal(treaty.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=YEARLY');
    const next = treaty.iterator();
    next.next();
    assert.equal(next.next()!.toString(), '1962-07-11');
  });
});

describe('the day after', () => {
  it('crosses months, years and leap days', () => {
    assert.equal(dayAfter('2024-12-31'), '2025-01-01');
    assert.equal(dayAfter('2024-02-28'), '2024-02-29');
    assert.equal(dayAfter('2023-02-28'), '2023-03-01');
    assert.equal(dayAfter('1961-07-11'), '1961-07-12');
  });
});
