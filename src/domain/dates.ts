import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { precisionOf, type Precision } from './vocabulary.ts';

// Every calendar date is read and formatted in UTC, so the build machine's time zone never shifts a day.
dayjs.extend(utc);

/** The forms an editor may write, quoted in every date error. */
export const DATE_FORMS = 'use YYYY-MM-DD, YYYY-MM or YYYY';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMAT: Record<Precision, string> = { year: 'YYYY', month: 'MMMM YYYY', day: 'D MMMM YYYY' };

export { precisionOf } from './vocabulary.ts';

/** Why `value` is not a calendar date in one of the three forms, or `undefined` when it is one. */
export function dateProblem(value: string): string | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return 'is not a date';
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `has no month ${month}`;
  }
  if (day !== undefined) {
    const days = dayjs.utc(`${value.slice(0, 7)}-01`).daysInMonth();
    if (Number(day) < 1 || Number(day) > days) return 'is not a real calendar day';
  }
  return undefined;
}

/** The first day a date covers, for comparing dates of different precision. */
function firstDay(date: string) {
  return dayjs.utc(
    precisionOf(date) === 'year' ? `${date}-01-01` : precisionOf(date) === 'month' ? `${date}-01` : date,
  );
}

/** The last day a date covers: `2023-07` ends on 31 July. */
function lastDay(date: string) {
  const precision = precisionOf(date);
  return precision === 'day' ? firstDay(date) : firstDay(date).endOf(precision).startOf('day');
}

/** The first day a date could mean, as `YYYY-MM-DD`: `1982-09` gives `1982-09-01`. */
export const earliestDay = (date: string): string => firstDay(date).format('YYYY-MM-DD');

/** The last day a date could mean, as `YYYY-MM-DD`: `1982-09` gives `1982-09-30`. */
export const latestDay = (date: string): string => lastDay(date).format('YYYY-MM-DD');

/** Whether `end` could still be on or after `start` (`2023-07` does not end before `2023-07-26`). */
export function endsOnOrAfter(start: string, end: string): boolean {
  return !lastDay(end).isBefore(firstDay(start));
}

/** Whether `a` is certainly before `b`: all the time `a` covers comes before `b` begins (`1958-11` is not before `1958-11-22`). */
export function isBefore(a: string, b: string): boolean {
  return lastDay(a).isBefore(firstDay(b));
}

/** `June 2019`: a date to month precision at most, for short references. */
export function formatMonth(date: string): string {
  return formatDate(precisionOf(date) === 'year' ? date : date.slice(0, 7));
}

/** `11 July 1961`, `July 1961` or `1961`. */
export function formatDate(date: string): string {
  return firstDay(date).format(FORMAT[precisionOf(date)]);
}

/** A date or range written as a reader expects: the start, and the end when there is one. */
export interface DateRangeText {
  /** What the start date shows: `26` in `26–28 July 2023`. */
  start: string;
  /** What the end date shows, if the event has an end. */
  end?: string;
  /** `–` between single words, ` – ` between phrases. */
  separator?: string;
}

/**
 * Formats a date or range to its precision, sharing what both ends have in common:
 * `26–28 July 2023`, `30 June – 2 July 2023`, `30 December 2024 – 2 January 2025`, `1950–1953`.
 */
export function formatDateRange(date: string, end?: string | null): DateRangeText {
  const full = formatDate(date);
  if (!end || end === date) return { start: full };
  const precision = precisionOf(date);
  const [from, to] = [firstDay(date), firstDay(end)];
  let start = full;
  if (precision === precisionOf(end) && precision !== 'year' && from.year() === to.year()) {
    const sameMonth = precision === 'day' && from.month() === to.month();
    start = from.format(precision === 'month' ? 'MMMM' : sameMonth ? 'D' : 'D MMMM');
  }
  const endText = formatDate(end);
  // A closed dash joins single words (`26–28 July`, `1950–1953`); a spaced one joins phrases.
  const closed = !start.includes(' ') && (start !== full || !endText.includes(' '));
  const separator = closed ? '–' : ' – ';
  return { start, end: endText, separator };
}

/** The whole text of a date or range, as one string. */
export function dateRangeText(date: string, end?: string | null): string {
  const text = formatDateRange(date, end);
  return text.end === undefined ? text.start : `${text.start}${text.separator}${text.end}`;
}

/** The year a date falls in, for grouping the timeline. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The day after a `YYYY-MM-DD` day: what a calendar's exclusive end is for an event ending on `day`. */
export function dayAfter(day: string): string {
  return dayjs.utc(day).add(1, 'day').format('YYYY-MM-DD');
}
