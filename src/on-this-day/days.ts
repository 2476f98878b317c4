import type { TimelineEvent } from '../domain/ordering.ts';
import { MONTHS } from '../domain/dates.ts';
import { precisionOf } from '../domain/vocabulary.ts';

/**
 * "On this day": the events of each calendar day, by month and day across the years. Only events dated to
 * the day count, each under the day it began; an event known only to the month or year has no such day.
 * No dayjs here: `<on-this-day>` uses these helpers in the browser.
 */

/** The month and day of a day-precise date, `07-11`; the attribute and anchor each day carries. */
export const monthDayOf = (date: string): string | undefined =>
  precisionOf(date) === 'day' ? date.slice(5) : undefined;

/** The anchor of a calendar day's section: `d-07-11`. No other file spells it. */
export const dayAnchor = (monthDay: string) => `d-${monthDay}`;

/** The attribute each day's section carries, read by `<on-this-day>`. */
export const DAY_ATTRIBUTE = 'data-month-day';

/** The attribute `<on-this-day>` sets on the section of the day chosen. */
export const CHOSEN_ATTRIBUTE = 'data-chosen-day';

/** `11 July`: a month and day (`07-11`) as the site writes dates, without a year. */
export const monthDayName = (monthDay: string) =>
  `${Number(monthDay.slice(3))} ${MONTHS[Number(monthDay.slice(0, 2)) - 1]}`;

interface CalendarDay<T> {
  /** `07-11` */
  monthDay: string;
  /** Events that began on this day in any year, oldest first. */
  events: T[];
}

export interface CalendarMonth<T> {
  /** 1 to 12. */
  month: number;
  /** `July` */
  name: string;
  days: CalendarDay<T>[];
}

/**
 * The events of `sorted` (timeline order) under the calendar day each began, January to December; months
 * with no such event are kept, with no days, so the page can say so. Also how many events have no day.
 */
export function calendarOf<T extends TimelineEvent>(
  sorted: readonly T[],
): { months: CalendarMonth<T>[]; undated: number } {
  const days = new Map<string, T[]>();
  let undated = 0;
  for (const event of sorted) {
    const monthDay = monthDayOf(event.data.date);
    if (monthDay === undefined) {
      undated++;
      continue;
    }
    const list = days.get(monthDay);
    if (list) list.push(event);
    else days.set(monthDay, [event]);
  }
  const ordered = [...days.keys()].sort();
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = String(index + 1).padStart(2, '0');
    return {
      month: index + 1,
      name: MONTHS[index]!,
      days: ordered
        .filter((monthDay) => monthDay.startsWith(`${month}-`))
        .map((monthDay) => ({ monthDay, events: days.get(monthDay)! })),
    };
  });
  return { months, undated };
}

/**
 * The first month and day on or after `monthDay` that has events, counting on past 31 December into
 * January; undefined when no day has any. `days` are the `MM-DD` of days with events, in order.
 */
export function nextDayWithEvents(days: readonly string[], monthDay: string): string | undefined {
  return days.find((day) => day >= monthDay) ?? days[0];
}
