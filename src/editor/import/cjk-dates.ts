/**
 * Dates as Chinese and Korean reports write them: `2019年6月20日`, `6月20日至21日`, `新华社平壤4月13日电`,
 * `20日到21日`, `2019년 6월 17일`, `20~21일`, `7일부터 10일까지`, `오는 17일`, `지난 5일`, `어제`, `昨(7日)`.
 * A day without a month takes the month that puts it nearest the report's own date (`오는` only forward,
 * `지난` only back), and a month without a year the year nearest it, as the English reader does.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { dateProblem, formatDate } from '../../domain/dates.ts';

dayjs.extend(utc);

/** One date a sentence gives, before it is weighed: where it stands, and the words it rests on. */
export interface CjkDate {
  date: string;
  end?: string;
  words: string;
  how: string;
  at: number;
  /** The words after it: Chinese and Korean put the verb after the date. */
  after: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const valid = (value: string) => dateProblem(value) === undefined;

/** Full-width digits as ASCII, so `２０日` reads as `20日`. */
const asciiDigits = (text: string) =>
  text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

const RANGE = '(?:至|到|-|—|–|~|～|〜)';
const PATTERNS: {
  pattern: RegExp;
  read: (m: RegExpExecArray) => { y?: number; m?: number; d: number; m2?: number; d2?: number };
}[] = [
  // 2019年6月20日至21日, 2019년 6월 17일
  {
    pattern: new RegExp(
      `(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일](?:\\s*${RANGE}\\s*(?:(\\d{1,2})\\s*[月월]\\s*)?(\\d{1,2})\\s*[日일])?`,
      'g',
    ),
    read: (m) => ({
      y: Number(m[1]),
      m: Number(m[2]),
      d: Number(m[3]),
      m2: m[4] ? Number(m[4]) : undefined,
      d2: m[5] ? Number(m[5]) : undefined,
    }),
  },
  // 6月20日至21日, 9월 2일, 9월 2~4일, 10月9日至11日
  {
    pattern: new RegExp(
      `(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*(?:[日일]\\s*)?(?:${RANGE}\\s*(?:(\\d{1,2})\\s*[月월]\\s*)?(\\d{1,2})\\s*)?[日일号號]`,
      'g',
    ),
    read: (m) => ({
      m: Number(m[1]),
      d: Number(m[2]),
      m2: m[3] ? Number(m[3]) : undefined,
      d2: m[4] ? Number(m[4]) : undefined,
    }),
  },
  // 7일부터 10일까지
  {
    pattern: /(\d{1,2})일부터\s*(?:(\d{1,2})월\s*)?(\d{1,2})일까지/g,
    read: (m) => ({ d: Number(m[1]), m2: m[2] ? Number(m[2]) : undefined, d2: Number(m[3]) }),
  },
  // 20~21일, 20日到21日, 20日至21日
  {
    pattern: new RegExp(`(\\d{1,2})\\s*[日일]?\\s*${RANGE}\\s*(\\d{1,2})\\s*[日일]`, 'g'),
    read: (m) => ({ d: Number(m[1]), d2: Number(m[2]) }),
  },
  // 17일, 20日, 9 日 (not part of a longer number or of 月/월 dates, which the patterns above took)
  { pattern: /(?<![\d月월~～至到-])(\d{1,2})\s*[日일](?![本韩韓])/g, read: (m) => ({ d: Number(m[1]) }) },
];

/** Words just before a day that point forward (`오는 17일`, `将于`) or back (`지난 5일`). */
const FORWARD = /(?:오는|将于|將於|将在|將在|将|將|预计|預計|计划|計劃|定于|定於)\s*$/;
const BACK = /(?:지난|上月|去年)\s*$/;

const RELATIVE: [RegExp, number, string][] = [
  [/(?:昨天|昨日|昨晚|昨\(|昨（|어제)/g, -1, 'yesterday'],
  [/(?:今天|今日|今晨|오늘)/g, 0, 'today'],
  [/(?:明天|明日|내일)/g, 1, 'tomorrow'],
];

/** The month (and year) nearest `ref` for a day written alone, honouring `오는`/`지난`. */
function nearestMonth(ref: dayjs.Dayjs, day: number, direction: 'forward' | 'back' | undefined) {
  const options = [-1, 0, 1]
    .map((offset) => ref.startOf('month').add(offset, 'month'))
    .filter((month) => day <= month.daysInMonth())
    .map((month) => month.date(day))
    .filter((date) =>
      direction === 'forward' ? !date.isBefore(ref, 'day') : direction === 'back' ? !date.isAfter(ref, 'day') : true,
    );
  return options.sort((a, b) => Math.abs(a.diff(ref, 'day')) - Math.abs(b.diff(ref, 'day')))[0];
}

/** The year nearest `ref` for a month and day written without one. */
function nearestYear(ref: dayjs.Dayjs | undefined, month: number, day: number, fallback: number | undefined) {
  if (!ref) return fallback;
  return [ref.year() - 1, ref.year(), ref.year() + 1].reduce((best, year) =>
    Math.abs(dayjs.utc(ymd(year, month, Math.min(day, 28))).diff(ref, 'day')) <
    Math.abs(dayjs.utc(ymd(best, month, Math.min(day, 28))).diff(ref, 'day'))
      ? year
      : best,
  );
}

/**
 * Every date a Chinese or Korean sentence gives, placed on the calendar from the report's own date (`ref`),
 * or the year of an anniversary it names (`anchorYear`). Dates that cannot be placed are left out.
 */
export function cjkDates(raw: string, ref: dayjs.Dayjs | undefined, anchorYear: number | undefined): CjkDate[] {
  const text = asciiDigits(raw);
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return [];
  const found: CjkDate[] = [];
  const taken: [number, number][] = [];
  const refText = ref ? formatDate(ref.format('YYYY-MM-DD')) : undefined;
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const parts = read(match as RegExpExecArray);
      const before = text.slice(Math.max(0, from - 6), from);
      const direction = FORWARD.test(before) ? 'forward' : BACK.test(before) ? 'back' : undefined;
      let year = parts.y;
      let month = parts.m;
      let how = 'written in full';
      if (month === undefined) {
        if (!ref) continue;
        const placed = nearestMonth(ref, parts.d, direction);
        if (!placed) continue;
        year = placed.year();
        month = placed.month() + 1;
        how = `a day alone, in the month nearest the report's date (${refText})`;
      } else if (year === undefined) {
        year = nearestYear(ref, month, parts.d, anchorYear);
        if (year === undefined) continue;
        how = ref
          ? `month and day as written, in the year nearest the report's date (${refText})`
          : `month and day as written, in the year of the anniversary the report names`;
      }
      const date = ymd(year, month, parts.d);
      if (!valid(date)) continue;
      let end: string | undefined;
      if (parts.d2 !== undefined) {
        const endMonth = parts.m2 ?? month;
        const endYear = endMonth < month ? year + 1 : year;
        const candidate = ymd(endYear, endMonth, parts.d2);
        if (valid(candidate) && candidate > date) end = candidate;
      }
      taken.push([from, to]);
      found.push({
        date,
        ...(end ? { end } : {}),
        words: match[0].trim(),
        how,
        at: from,
        after: text.slice(to, to + 16),
      });
    }
  }
  if (ref) {
    for (const [pattern, offset, name] of RELATIVE) {
      for (const match of text.matchAll(pattern)) {
        if (taken.some(([a, b]) => match.index >= a && match.index < b)) continue;
        // "昨(7日)" gives the day as well: the day found above already covers it.
        if (/^\s*[(（]\s*\d{1,2}\s*[日일]/.test(text.slice(match.index + match[0].length - 1))) continue;
        const date = ref.add(offset, 'day').format('YYYY-MM-DD');
        found.push({
          date,
          words: match[0].replace(/[(（]$/, ''),
          how: `${name}, counted from the report's date (${refText})`,
          at: match.index,
          after: text.slice(match.index + match[0].length, match.index + match[0].length + 16),
        });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
