import ical, { escape, ICalEventRepeatingFreq, type ICalEventData } from 'ical-generator';
import { dayAfter, earliestDay, latestDay, precisionOf } from '../domain/dates.ts';
import type { TimelineEvent } from '../domain/ordering.ts';
import type { EventData } from '../domain/schema.ts';
import { SITE } from '../site/config.ts';

/**
 * `/events.ics` and `/anniversaries.ics`, written with ical-generator. Every value comes from the record,
 * never from the build's clock or time zone, so every build writes the same bytes.
 */

/** Which events the calendar holds, as the codebook states it. */
export const CALENDAR_RULE =
  'events.ics holds every event dated to the day, as an all-day event from its first day to its last. ' +
  'An event whose date or end is known only to the month or the year is left out, since no day can be given for it.';

/** Which events recur in the anniversaries calendar, as the codebook states it. */
export const ANNIVERSARY_RULE =
  'anniversaries.ics repeats every year, on the day it is dated, each agreement dated to the day ' +
  '(diplomatic relations, treaties).';

/**
 * The right-hand side of every UID: a fixed, reserved name (RFC 2606's `.invalid`) rather than the site's
 * host, so an entry keeps its UID wherever the site is served and calendars never see it twice.
 */
const UID_DOMAIN = 'china-dprk-timeline.invalid';

const PROD_ID = { company: 'china-dprk-timeline', product: 'timeline', language: 'EN' };

/** Whether an event can be put on a calendar: its date, and its end if it has one, give the day. */
export const isDatedToTheDay = ({ date, end }: Pick<EventData, 'date' | 'end'>) =>
  precisionOf(date) === 'day' && (end === undefined || precisionOf(end) === 'day');

/** Whether an event's anniversary recurs: an agreement whose (first) day is known. */
export const hasAnniversary = ({ type, date }: Pick<EventData, 'type' | 'date'>) =>
  type === 'agreement' && precisionOf(date) === 'day';

/** Midnight UTC of a `YYYY-MM-DD` day: ical-generator writes dates of all-day events in UTC. */
const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** DTSTAMP: the day the entry was added to the record, or else its date; never the build's clock. */
const stampOf = (data: EventData) => midnight(earliestDay(data.added ?? data.date));

/** A calendar's text, with the CRLF RFC 5545 puts after every line, the last one too. */
function calendar(name: string, description: string, events: ICalEventData[]): string {
  // ical-generator writes the calendar's description as it is given, so it is escaped here as TEXT.
  return `${ical({ name, description: escape(description, false), prodId: PROD_ID, events }).toString()}\r\n`;
}

/** `/events.ics`: each event dated to the day, all day from its first day to its last (DTEND exclusive). */
export function eventsCalendar(events: readonly TimelineEvent[], link: (id: string) => string): string {
  const entries = events
    .filter(({ data }) => isDatedToTheDay(data))
    .map(({ id, data }) => ({
      id: `${id}@${UID_DOMAIN}`,
      allDay: true,
      start: midnight(data.date),
      end: midnight(dayAfter(latestDay(data.end ?? data.date))),
      stamp: stampOf(data),
      summary: data.title,
      description: `${data.summary}\n\n${link(id)}`,
      location: data.location ?? null,
      url: link(id),
    }));
  return calendar(SITE.name, CALENDAR_RULE, entries);
}

/** `/anniversaries.ics`: each agreement dated to the day, recurring every year on that day. */
export function anniversariesCalendar(events: readonly TimelineEvent[], link: (id: string) => string): string {
  const entries = events
    .filter(({ data }) => hasAnniversary(data))
    .map(({ id, data }) => ({
      id: `${id}-anniversary@${UID_DOMAIN}`,
      allDay: true,
      start: midnight(data.date),
      end: midnight(dayAfter(data.date)),
      repeating: { freq: ICalEventRepeatingFreq.YEARLY },
      stamp: stampOf(data),
      summary: `Anniversary (${data.date.slice(0, 4)}): ${data.title}`,
      description: `${data.summary}\n\n${link(id)}`,
      url: link(id),
    }));
  return calendar(`${SITE.name}: anniversaries`, ANNIVERSARY_RULE, entries);
}
