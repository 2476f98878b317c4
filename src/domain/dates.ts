import { precisionOf } from './vocabulary.ts';

/**
 * Calendar dates stay text (`1961`, `1961-07`, `1961-07-11`) and are worked on as text: `YYYY-MM-DD` days
 * compare in order as strings, so no time zone, clock or `Date` (which reads years 0–99 as 1900–1999) is
 * ever involved, and every build gives the same answer.
 */

/** The forms an editor may write, quoted in every date error. */
export const DATE_FORMS = 'use YYYY-MM-DD, YYYY-MM or YYYY';

/**
 * The years a date of the record may fall in. Every exchange, office and source it holds is from the
 * twentieth century on, and a year far outside these (`0050`, `9999`) is a typo, which would otherwise be
 * shown as written and put on calendars as such.
 */
const YEARS = { first: 1900, last: 2099 } as const;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Month names, as pages, citations and the calendar write them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export { precisionOf } from './vocabulary.ts';

/** Days in a month of the (proleptic) Gregorian calendar; `month` counts from 1. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `value` is not a calendar date in one of the three forms, or `undefined` when it is one. */
export function dateProblem(value: string): string | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return 'is not a date';
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `has no month ${month}`;
  }
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month)))) {
    return 'is not a real calendar day';
  }
  if (Number(year) < YEARS.first || Number(year) > YEARS.last) {
    return `has the year ${year}, outside ${YEARS.first}–${YEARS.last}, the years the record holds (a typo?)`;
  }
  return undefined;
}

/** The parts of a valid date as numbers; `month` and `day` are absent below their precision. */
function partsOf(date: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** `0050`, `1961`: a year as written, four digits. */
const yearText = (year: number) => String(year).padStart(4, '0');

/** `07`, `11`. */
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The first day a date could mean, as `YYYY-MM-DD`: `1982-09` gives `1982-09-01`. */
export function earliestDay(date: string): string {
  const precision = precisionOf(date);
  return precision === 'year' ? `${date}-01-01` : precision === 'month' ? `${date}-01` : date;
}

/** The last day a date could mean, as `YYYY-MM-DD`: `1982-09` gives `1982-09-30`. */
export function latestDay(date: string): string {
  const { year, month } = partsOf(date);
  const precision = precisionOf(date);
  if (precision === 'year') return `${date}-12-31`;
  return precision === 'month' ? `${date}-${twoDigits(daysInMonth(year, month!))}` : date;
}

/** Whether `end` could still be on or after `start` (`2023-07` does not end before `2023-07-26`). */
export function endsOnOrAfter(start: string, end: string): boolean {
  return latestDay(end) >= earliestDay(start);
}

/** Whether `a` is certainly before `b`: all the time `a` covers comes before `b` begins (`1958-11` is not before `1958-11-22`). */
export function isBefore(a: string, b: string): boolean {
  return latestDay(a) < earliestDay(b);
}

/** `June 2019`: a date to month precision at most, for short references. */
export function formatMonth(date: string): string {
  return formatDate(precisionOf(date) === 'year' ? date : date.slice(0, 7));
}

/** `11 July 1961`, `July 1961` or `1961`: built from the date's own parts, so every year shows as written. */
export function formatDate(date: string): string {
  const { year, month, day } = partsOf(date);
  return [day, month === undefined ? undefined : MONTHS[month - 1], yearText(year)]
    .filter((part) => part !== undefined)
    .join(' ');
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
  const [from, to] = [partsOf(date), partsOf(end)];
  let start = full;
  if (precision === precisionOf(end) && precision !== 'year' && from.year === to.year) {
    const sameMonth = precision === 'day' && from.month === to.month;
    const monthName = MONTHS[from.month! - 1]!;
    start = precision === 'month' ? monthName : sameMonth ? String(from.day) : `${from.day} ${monthName}`;
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
  const { year, month, day: date } = partsOf(day);
  if (date! < daysInMonth(year, month!)) return `${yearText(year)}-${twoDigits(month!)}-${twoDigits(date! + 1)}`;
  return month! < 12 ? `${yearText(year)}-${twoDigits(month! + 1)}-01` : `${yearText(year + 1)}-01-01`;
}
