import * as chrono from 'chrono-node';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { dateProblem, formatDate } from '../../domain/dates.ts';
import type { Article } from './article.ts';
import { cjkDates } from './cjk-dates.ts';
import { DATELINE, quoteWords, type Sentence } from './sentences.ts';

// Calendar dates only, in UTC: neither the machine's clock nor its time zone may change what a report says.
dayjs.extend(utc);

/** The parts of a parsed date the words state (not those chrono fills in), through its public interface. */
function knownOf(components: chrono.ParsedComponents): {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
} {
  const known: { year?: number; month?: number; day?: number; weekday?: number } = {};
  for (const part of ['year', 'month', 'day', 'weekday'] as const) {
    const value = components.get(part);
    if (components.isCertain(part) && value !== null) known[part] = value;
  }
  return known;
}

/** When a report was published, and what that rests on. `date` is `YYYY-MM-DD`, or `YYYY-MM` from an address. */
export interface Published {
  date: string;
  basis: string;
}

/** A date the text gives for what happened. `date` and `end` are `YYYY-MM-DD`, or `YYYY-MM` for a month. */
export interface DateCandidate {
  date: string;
  end?: string;
  /** The words it rests on, a few at most. */
  words: string;
  /** How the date was worked out from them. */
  how: string;
  /** A vague span ("later this week"): the event falls somewhere in it, not across all of it. */
  window?: boolean;
  /** An anniversary the text names, from which a year can be taken. */
  anniversary?: string;
  /** How well it fits as the event's date; higher is better. */
  score: number;
  /** Which sentence of the story, for ties: earlier wins. */
  position: number;
}

/** A date the text gives that could not be placed on the calendar, and why. */
export interface Unplaced {
  words: string;
  why: string;
}

const day = (value: string) => dayjs.utc(value);
const iso = (value: dayjs.Dayjs) => value.format('YYYY-MM-DD');
const pad = (value: number) => String(value).padStart(2, '0');
const ymd = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const valid = (value: string) => dateProblem(value) === undefined;

/** A few words of `line` from just before `at`: enough to find the date on the page again. */
function wordsAround(line: string, at: number): string {
  const before = line.slice(0, at).trim().split(/\s+/).filter(Boolean).slice(-2).join(' ');
  return quoteWords(`${before} ${line.slice(at)}`.trim(), before.split(' ').filter(Boolean).length + 1);
}

/** Date labels in bylines, by how well they give the day of publication. */
const LABEL_WEIGHT: [RegExp, number][] = [
  [/\b(?:created|published|posted|first published|date)\b|입력|发布|發布|发表|發表|时间|時間/i, 3],
  [/\b(?:updated|modified|last updated)\b|수정|更新/i, 1],
];

/** A full date written in a line: ISO, day-month-year in digits, or with the month's name. */
function fullDatesIn(raw: string): { date: string; ambiguous?: string; at: number }[] {
  const found: { date: string; ambiguous?: string; at: number }[] = [];
  // "September. 03, 2001", "October 10. 2015": a stop after a month or day that chrono does not expect.
  const line = raw
    .replace(/\b([A-Z][a-z]{2,8})\.\s+(\d)/g, '$1 $2')
    .replace(/\b(\d{1,2})\.\s+((?:19|20)\d{2})\b/g, '$1, $2');
  for (const match of line.matchAll(
    /(?<!\d)((?:19|20)\d{2})\s*(?:[./]|年|년)\s*(\d{1,2})\s*(?:[./]|月|월)\s*(\d{1,2})(?!\d)/g,
  )) {
    const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    if (valid(date)) found.push({ date, at: match.index });
  }
  for (const match of line.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const date = `${match[1]}-${match[2]}-${match[3]}`;
    if (valid(date)) found.push({ date, at: match.index });
  }
  for (const match of line.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g)) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayFirst = ymd(year, b, a);
    const monthFirst = ymd(year, a, b);
    if (a > 12 && valid(dayFirst)) found.push({ date: dayFirst, at: match.index });
    else if (b > 12 && valid(monthFirst)) found.push({ date: monthFirst, at: match.index });
    else if (valid(dayFirst))
      found.push({ date: dayFirst, ...(a !== b ? { ambiguous: monthFirst } : {}), at: match.index });
  }
  if (found.length === 0) {
    for (const result of chrono.en.parse(line, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
      const known = knownOf(result.start);
      if (known.year && known.month && known.day) {
        found.push({ date: ymd(known.year, known.month, known.day), at: result.index });
      }
    }
  }
  return found;
}

/** Dates in an address's path: `/2019/06/20/`, `/20190620/`, `/2019-06/20/`, `/2025/1007/`; or a month, `/2019/06/`. */
function addressDate(url: string | undefined, dateline: { month: number; day: number } | undefined) {
  if (!url || !URL.canParse(url)) return undefined;
  const path = new URL(url).pathname;
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/_.-]|$)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    // An article number that starts with its day: `/Read/201906172014016107`, `/201906171964517.html`.
    [/\/((?:19|20)\d{2})(\d{2})(\d{2})\d{4,}(?=[/_.]|$)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d{2})-(\d{2})\/(\d{2})(?=\/)/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/((?:19|20)\d{2})\/(\d{2})(?=\/)/, (m) => `${m[1]}-${m[2]}`],
    [/\/((?:19|20)\d{2})(\d{2})(?=\/)/, (m) => `${m[1]}-${m[2]}`],
    [
      /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?=\/)/i,
      (m) => `${m[1]}-${pad('janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.toLowerCase()) / 3 + 1)}`,
    ],
  ];
  for (const [pattern, date] of patterns) {
    const match = pattern.exec(path);
    if (match && valid(date(match))) return date(match);
  }
  // Six digits (`/130522/`) are a date only when the story's dateline gives the same month and day.
  if (dateline) {
    for (const match of path.matchAll(/\/(\d{2})(\d{2})(\d{2})(?=\/)/g)) {
      const date = `20${match[1]}-${match[2]}-${match[3]}`;
      if (valid(date) && Number(match[2]) === dateline.month && Number(match[3]) === dateline.day) return date;
    }
  }
  return undefined;
}

/** The month and day of a wire dateline opening the story: `BEIJING, June 17 (Xinhua) --`. */
function datelineOf(article: Article): { month: number; day: number; words: string } | undefined {
  const prefix = DATELINE.exec(article.paragraphs[0] ?? '')?.[0];
  if (!prefix) return undefined;
  const cjk = /(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(prefix);
  if (cjk) return { month: Number(cjk[1]), day: Number(cjk[2]), words: cjk[0] };
  for (const result of chrono.en.parse(prefix, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
    const { month, day: dayOfMonth } = knownOf(result.start);
    if (month && dayOfMonth) return { month, day: dayOfMonth, words: result.text.trim() };
  }
  return undefined;
}

/**
 * The day a report was published: given by the editor; else its markup's; else a dated line at the top of the
 * page (a "Created" or "Published" date before an "Updated" one); else its address. Numeric dates such as
 * `07-10-2025` are read day first unless another date on the page says otherwise.
 */
export function publicationDate(article: Article, url: string | undefined, given?: string): Published | undefined {
  if (given) return { date: given, basis: 'given with --published' };
  const fromMarkup = /^(\d{4}-\d{2}-\d{2})/.exec(article.meta.published ?? '')?.[1];
  if (fromMarkup && valid(fromMarkup)) return { date: fromMarkup, basis: "the page's markup" };
  const lines = article.header.flatMap((line) =>
    fullDatesIn(line).map((found) => ({
      ...found,
      line,
      weight: LABEL_WEIGHT.find(([label]) => label.test(line.slice(Math.max(0, found.at - 24), found.at)))?.[1] ?? 2,
    })),
  );
  const certain = new Set(lines.filter((found) => !found.ambiguous).map((found) => found.date));
  const resolved = lines.map((found) =>
    found.ambiguous && certain.has(found.ambiguous) ? { ...found, date: found.ambiguous, ambiguous: undefined } : found,
  );
  const best = resolved.reduce<(typeof resolved)[number] | undefined>(
    (top, found) => (!top || found.weight > top.weight ? found : top),
    undefined,
  );
  const dateline = datelineOf(article);
  const prefix = DATELINE.exec(article.paragraphs[0] ?? '')?.[0] ?? '';
  const inDateline = fullDatesIn(prefix)[0];
  if (inDateline && (!best || best.weight < 3)) {
    return { date: inDateline.date, basis: `the dateline "${prefix.trim()}"` };
  }
  if (best && dateline && best.weight < 3 && !best.ambiguous) {
    // An unlabelled date at the top (a photo caption's) gives the year; the story's dateline the day.
    const fromDateline = ymd(Number(best.date.slice(0, 4)), dateline.month, dateline.day);
    if (
      valid(fromDateline) &&
      fromDateline !== best.date &&
      Math.abs(day(fromDateline).diff(day(best.date), 'day')) <= 7
    ) {
      return {
        date: fromDateline,
        basis: `the dateline "${dateline.words}", in the year of the line "${wordsAround(best.line, best.at)}"`,
      };
    }
  }
  if (best) {
    const shown = wordsAround(best.line, best.at);
    const doubt = best.ambiguous ? `; read day first, though it could be ${formatDate(best.ambiguous)}` : '';
    return { date: best.date, basis: `the line "${shown}" at the top of the page${doubt}` };
  }
  const fromAddress = addressDate(url ?? article.meta.url, dateline);
  if (fromAddress && dateline && fromAddress.length === 7 && Number(fromAddress.slice(5)) === dateline.month) {
    return {
      date: `${fromAddress}-${String(dateline.day).padStart(2, '0')}`,
      basis: `the address's month and the dateline "${dateline.words}"`,
    };
  }
  if (fromAddress) return { date: fromAddress, basis: 'the address' };
  return undefined;
}

/**
 * A report's date from its dateline ("Pyongyang, September 9 (KCNA)") when nothing else gives one, in the
 * year of an anniversary the story names (the DPRK's 75th founding anniversary falls in 2023).
 */
export function datelineDate(article: Article, sentences: readonly Sentence[]): Published | undefined {
  const dateline = datelineOf(article);
  const anniversary = anniversariesIn(sentences)[0];
  if (!dateline || !anniversary) return undefined;
  const date = ymd(Number(anniversary.date.slice(0, 4)), dateline.month, dateline.day);
  if (!valid(date)) return undefined;
  return { date, basis: `the dateline "${dateline.words}", in the year of the ${anniversary.anniversary}` };
}

const FUTURE =
  /\b(?:will|shall|is set to|are set to|is to|are to|scheduled|is expected to|are expected to|plans? to|planning to|going to|upcoming|later this|next)\b/i;
/** A reporting verb right before the date: the date is the report's or the announcement's ("said Friday"). */
const REPORTING =
  /\b(?:said|says|say|reported|reports|announced|announces|confirmed|confirms|told(?: \w+)?|stated|quoted)\s+(?:on\s+|last\s+)?$|\baccording to [^,.;]{0,60}?\s(?:on\s+)?$|\b(?:announcement|statement|briefing)\s+(?:on\s+)?$/i;
const STRONG_TRAVEL =
  /\b(?:visit\w*|arriv\w*|land(?:ed|s)?|touch(?:ed|es)? down|trip|depart\w*|left for|fl(?:ew|ies) to)\b/i;
const EVENT =
  /\b(?:met|meet\w*|talks|held|hold\w*|receiv\w*|welcom\w*|greet\w*|banquet|summit|delegation|parade|attend\w*|stay\w*|reception|ceremony)\b/i;

/** How the tense of the words before a date points: forward for announced plans, back otherwise. */
const pointsForward = (before: string) => FUTURE.test(before);

const WEEK_PHRASES: [RegExp, (ref: dayjs.Dayjs) => [dayjs.Dayjs, dayjs.Dayjs]][] = [
  [/\blater (?:this|in the) week\b/i, (ref) => [ref.add(1, 'day'), endOfWeek(ref)]],
  [/\bearlier (?:this|in the) week\b/i, (ref) => [startOfWeek(ref), ref.subtract(1, 'day')]],
  [/\bnext week\b/i, (ref) => [startOfWeek(ref).add(7, 'day'), endOfWeek(ref).add(7, 'day')]],
  [/\blast week\b/i, (ref) => [startOfWeek(ref).subtract(7, 'day'), endOfWeek(ref).subtract(7, 'day')]],
  [/\bthis week\b/i, (ref) => [startOfWeek(ref), endOfWeek(ref)]],
];
const DAY_WORDS: [RegExp, number][] = [
  [/\byesterday\b|\blast night\b/i, -1],
  [/\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b/i, 0],
  [/\btomorrow\b/i, 1],
];
/** Weeks run Monday to Sunday. */
const startOfWeek = (ref: dayjs.Dayjs) => ref.subtract((ref.day() + 6) % 7, 'day');
const endOfWeek = (ref: dayjs.Dayjs) => startOfWeek(ref).add(6, 'day');

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const onOrBefore = (ref: dayjs.Dayjs, weekday: number) => ref.subtract((ref.day() - weekday + 7) % 7, 'day');
const after = (ref: dayjs.Dayjs, weekday: number) => ref.add((weekday - ref.day() + 7) % 7 || 7, 'day');

/** Anniversaries the record's events mark, by the words that name them, with the day they count from. */
const ANNIVERSARIES: { words: RegExp; from: string; of: string }[] = [
  {
    words: /chinese people['’]s volunteers|\bCPV\b/i,
    from: '1950-10-25',
    of: "the Chinese People's Volunteers' entry into the Korean War",
  },
  {
    words: /world war ii|world war 2|second world war|japan['’]s surrender|anti-japanese war|anti-fascist/i,
    from: '1945-09-03',
    of: 'the victory over Japan',
  },
  {
    words: /armistice|end of the (?:north )?korean? war|korean war|victory day|fatherland liberation war/i,
    from: '1953-07-27',
    of: 'the Korean War armistice',
  },
  {
    words: /workers['’]? party|\bWPK\b|ruling party|劳动党建党|勞動黨建黨|노동당 창건|로동당 창건/i,
    from: '1945-10-10',
    of: "the founding of the Workers' Party of Korea",
  },
  { words: /diplomatic (?:ties|relations)/i, from: '1949-10-06', of: 'China–DPRK diplomatic relations' },
  {
    words: /\btreaty\b/i,
    from: '1961-07-11',
    of: 'the Treaty of Friendship, Cooperation and Mutual Assistance',
  },
  {
    words:
      /founding of the (?:DPRK|democratic people['’]s republic)|\bDPRK['’]s founding|republic['’]s founding|DPRK[^.]{0,80}\bits \d+\w* founding anniversary|조선 건국|건국|朝鲜建国|朝鮮建國/i,
    from: '1948-09-09',
    of: 'the founding of the DPRK',
  },
  {
    words: /founding of the (?:PRC|people['’]s republic of china)|new china/i,
    from: '1949-10-01',
    of: "the founding of the People's Republic of China",
  },
  {
    words: /communist party of china|chinese communist party|\bCPC\b|\bCCP\b/i,
    from: '1921-07-01',
    of: 'the founding of the Communist Party of China',
  },
];

const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** Anniversaries the sentences name, each dated to its day in the year it fell. */
function anniversariesIn(sentences: readonly Sentence[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(
      /\b(\d{1,3})(?:st|nd|rd|th)[- ](?:founding )?anniversary\b|(\d{1,3})\s*(?:周年|週年|주년|돐)/gi,
    )) {
      const around = sentence.text.slice(Math.max(0, match.index - 90), match.index + match[0].length + 90);
      const known = ANNIVERSARIES.find(({ words }) => words.test(around));
      if (!known) continue;
      const years = Number(match[1] ?? match[2]);
      const date = iso(day(known.from).add(years, 'year'));
      const anniversary = `${ordinal(years)} anniversary of ${known.of}`;
      if (found.some((candidate) => candidate.anniversary === anniversary)) continue;
      found.push({
        date,
        words: match[0],
        how: `the ${anniversary} fell on ${formatDate(date)}`,
        anniversary,
        score: 0.5,
        position: sentence.position,
      });
    }
  }
  return found;
}

/** What the sentence says around a date: does it tell of the trip or meeting itself, or of its announcement? */
function weigh(sentence: Sentence, index: number): number {
  const before = sentence.text.slice(0, index);
  let score = 0;
  if (STRONG_TRAVEL.test(sentence.text)) score += 3;
  else if (EVENT.test(sentence.text)) score += 2;
  if (REPORTING.test(before)) score -= 3;
  if (sentence.paragraph <= 1) score += 1;
  return score;
}

/**
 * Every date the story gives for what happened, placed on the calendar from the report's own date: month and
 * day take the year nearest it; a weekday counts back from it for what happened ("met on Saturday") and forward
 * for what is announced ("will visit on Thursday"); "later this week" is the rest of its week. Ranges keep their
 * end. Dates the words give no way to place are listed apart.
 */
export function findDates(
  sentences: readonly Sentence[],
  published: Published | undefined,
): { candidates: DateCandidate[]; unplaced: Unplaced[]; anniversaries: DateCandidate[] } {
  const anniversaries = anniversariesIn(sentences);
  const ref = published && published.date.length === 10 ? day(published.date) : undefined;
  const refYear = published ? Number(published.date.slice(0, 4)) : undefined;
  const anchorYear = refYear ?? (anniversaries[0] ? Number(anniversaries[0].date.slice(0, 4)) : undefined);
  const refText = published ? formatDate(published.date) : undefined;
  const candidates: DateCandidate[] = [];
  const unplaced: Unplaced[] = [];
  const unplace = (words: string, why: string) => {
    if (!unplaced.some((item) => item.words === words)) unplaced.push({ words, why });
  };
  const noRef = "the report's own date is not known (pass --published YYYY-MM-DD)";

  for (const sentence of sentences) {
    const text = sentence.text;
    for (const [pattern, span] of WEEK_PHRASES) {
      const match = pattern.exec(text);
      if (!match) continue;
      if (!ref) {
        unplace(match[0], noRef);
      } else {
        const [start, end] = span(ref);
        if (!end.isBefore(start)) {
          candidates.push({
            date: iso(start),
            end: iso(end),
            words: match[0],
            how: `the week of the report's date (${refText}) gives ${formatDate(iso(start))} to ${formatDate(iso(end))}`,
            window: true,
            score: 0.5 + weigh(sentence, match.index),
            position: sentence.position,
          });
        }
      }
      break;
    }
    for (const [pattern, offset] of DAY_WORDS) {
      const match = pattern.exec(text);
      if (!match) continue;
      if (!ref) unplace(match[0], noRef);
      else
        candidates.push({
          date: iso(ref.add(offset, 'day')),
          words: match[0],
          how: `counted from the report's date (${refText})`,
          score: 2 + weigh(sentence, match.index),
          position: sentence.position,
        });
    }
    const results = chrono.en.parse(text, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
    results.forEach((result, index) => {
      const tags = [...result.tags()];
      const stated = knownOf(result.start);
      // "Monday afternoon" keeps its weekday; "last night" or "this morning" alone are the day words' (above).
      if (
        (tags.some((tag) => tag.startsWith('casualReference')) && stated.weekday === undefined && !stated.month) ||
        tags.includes('result/relativeDate')
      ) {
        return;
      }
      const previous = results[index - 1];
      const known = knownOf(result.start);
      // "on 22 May (Wednesday)": the weekday repeats the date before it.
      if (
        previous &&
        known.weekday !== undefined &&
        !known.day &&
        result.index - (previous.index + previous.text.length) <= 3
      ) {
        return;
      }
      const placed = place(result, text, ref, anchorYear, refText, published, anniversaries);
      if ('why' in placed) {
        if (placed.why) unplace(result.text.replace(/[\s,;:.]+$/, '').trim(), placed.why);
        return;
      }
      const range = placed.end !== undefined ? 1 : 0;
      let score = placed.base + range + weigh(sentence, result.index);
      if (ref && Math.abs(day(placed.date.length === 7 ? `${placed.date}-15` : placed.date).diff(ref, 'day')) > 120) {
        score -= 3;
      }
      candidates.push({
        ...placed,
        words: quoteWords(result.text.replace(/[\s,;:.]+$/, ''), 6),
        score,
        position: sentence.position,
      });
    });
  }
  for (const sentence of sentences) {
    for (const found of cjkDates(sentence.text, ref, anchorYear)) {
      const base = /[月월年년]/.test(found.words) ? 3 : /[日일]/.test(found.words) ? 2.5 : 2;
      let score = base + (found.end ? 1 : 0) + weighCjk(sentence, found.after);
      if (ref && Math.abs(day(found.date).diff(ref, 'day')) > 120) score -= 3;
      candidates.push({
        date: found.date,
        ...(found.end ? { end: found.end } : {}),
        words: found.words,
        how: found.how,
        score,
        position: sentence.position,
      });
    }
  }
  return { candidates, unplaced, anniversaries };
}

const CJK_TRAVEL =
  /访问|訪問|访华|訪華|访朝|訪朝|抵达|抵達|到访|到訪|出访|出訪|离开|離開|返回|来华|來華|방문|방북|방중|도착|출발|떠나|귀국|국빈|访中|訪中/;
const CJK_EVENT =
  /会谈|會談|会见|會見|会晤|會晤|接见|接見|演出|出席|参加|參加|회담|접견|면담|만나|연회|공연|참석|축전|贺电|賀電|致电|致電/;
/** Chinese and Korean put the verb after the date: a date the report was announced or confirmed on says so next. */
const CJK_REPORTED = /^\s*\S{0,6}?(?:证实|證實|宣布|宣佈|报道|報導|報道|表示|发布|發布|消息|보도|발표|밝혔|전했|확인)/;
/** A dateline's date is the report's, not the event's ("【大紀元2019年06月17日訊】", "新华社平壤4月13日电"). */
const CJK_DATELINE = /^\s*(?:[讯訊电電]|발)/;

/** How well a Chinese or Korean date fits as the event's: the sentence's verbs, and what follows the date. */
function weighCjk(sentence: Sentence, after: string): number {
  let score = 0;
  if (CJK_TRAVEL.test(sentence.text)) score += 3;
  else if (CJK_EVENT.test(sentence.text)) score += 2;
  if (CJK_REPORTED.test(after) && !CJK_TRAVEL.test(after.slice(0, 8))) score -= 3;
  if (CJK_DATELINE.test(after)) score -= 5;
  if (sentence.paragraph <= 1) score += 1;
  return score;
}

type Placed = { date: string; end?: string; how: string; base: number } | { why: string | undefined };

/** Puts one parsed date on the calendar, or says why it cannot be. */
function place(
  result: chrono.ParsedResult,
  text: string,
  ref: dayjs.Dayjs | undefined,
  anchorYear: number | undefined,
  refText: string | undefined,
  published: Published | undefined,
  anniversaries: readonly DateCandidate[],
): Placed {
  const start = knownOf(result.start);
  const end = result.end ? knownOf(result.end) : undefined;
  const words = result.text.trim();
  const before = text.slice(Math.max(0, result.index - 60), result.index);
  // A date a report is said, announced or confirmed on is past, whatever the sentence announces.
  const forward =
    (pointsForward(text.slice(Math.max(0, result.index - 120), result.index)) && !REPORTING.test(before)) ||
    /^next\b/i.test(words);
  const back = /^last\b/i.test(words);
  if (start.month && start.day) {
    let year = start.year;
    let how = 'written in full';
    if (!year) {
      if (ref) {
        year = [ref.year() - 1, ref.year(), ref.year() + 1].reduce((best, candidate) =>
          Math.abs(day(ymd(candidate, start.month!, 1)).diff(ref, 'day')) <
          Math.abs(day(ymd(best, start.month!, 1)).diff(ref, 'day'))
            ? candidate
            : best,
        );
        how = `month and day as written, in the year nearest the report's date (${refText})`;
      } else if (anchorYear) {
        year = anchorYear;
        how = published
          ? `month and day as written, in the year of the report's date (${published.date.slice(0, 7)})`
          : `month and day as written, in the year of the ${anniversaries[0]!.anniversary}`;
      } else {
        return { why: "no year is given, and the report's own date is not known (pass --published YYYY-MM-DD)" };
      }
    }
    const date = ymd(year, start.month, start.day);
    if (!valid(date)) return { why: undefined };
    let endDate: string | undefined;
    if (end?.day) {
      const endMonth = end.month ?? start.month;
      let endYear = end.year ?? year;
      if (!end.year && ymd(endYear, endMonth, end.day) < date) endYear += 1;
      endDate = ymd(endYear, endMonth, end.day);
      if (!valid(endDate) || endDate < date) endDate = undefined;
    }
    return { date, ...(endDate && endDate !== date ? { end: endDate } : {}), how, base: 3 };
  }
  if (start.weekday !== undefined) {
    if (!ref) return { why: "a weekday alone, and the report's own date is not known (pass --published YYYY-MM-DD)" };
    const endWeekday = end?.weekday;
    const length = endWeekday === undefined ? 0 : (endWeekday - start.weekday + 7) % 7;
    let first: dayjs.Dayjs;
    if (forward && !back) {
      first = after(ref, start.weekday);
    } else {
      const last = onOrBefore(ref, endWeekday ?? start.weekday);
      first = last.subtract(length, 'day');
    }
    const direction = forward && !back ? 'forward' : 'back';
    const named =
      endWeekday === undefined ? WEEKDAYS[start.weekday] : `${WEEKDAYS[start.weekday]} to ${WEEKDAYS[endWeekday]}`;
    return {
      date: iso(first),
      ...(length > 0 ? { end: iso(first.add(length, 'day')) } : {}),
      how: `${named} counted ${direction} from the report's date (${refText})`,
      base: 2,
    };
  }
  if (start.month && (start.year || anchorYear)) {
    const year = start.year ?? anchorYear!;
    return {
      date: `${year}-${pad(start.month)}`,
      how: start.year ? 'month and year as written' : `a month alone, in the year ${year}`,
      base: 0,
    };
  }
  return { why: undefined };
}

/**
 * The best date for the draft, with a word on how sure it is: a range or day the story ties to the trip or
 * meeting; a vague span or an anniversary only to its month.
 */
export function bestDate(
  candidates: readonly DateCandidate[],
  anniversaries: readonly DateCandidate[],
):
  { date: string; end?: string; because: string; sure: 'high' | 'medium' | 'low'; chosen?: DateCandidate } | undefined {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.position - b.position);
  const top = ranked[0];
  if (top && top.score >= 2) {
    if (top.window) {
      const month = top.date.slice(0, 7);
      const inside = anniversaries.find((a) => a.date >= top.date && a.date <= top.end!);
      return {
        date: month,
        because: `"${top.words}": ${top.how}; written to the month only${inside ? ` (the ${inside.anniversary} falls within it)` : ''}`,
        sure: 'low',
        chosen: top,
      };
    }
    const sure = top.score >= 6 ? 'high' : top.score >= 4 ? 'medium' : 'low';
    return {
      date: top.date,
      ...(top.end ? { end: top.end } : {}),
      because: `"${top.words}": ${top.how}`,
      sure,
      chosen: top,
    };
  }
  const anniversary = anniversaries[0];
  if (anniversary) {
    return {
      date: anniversary.date.slice(0, 7),
      because: `the story dates nothing itself; ${anniversary.how}, so the month only`,
      sure: 'low',
      chosen: anniversary,
    };
  }
  if (top)
    return {
      date: top.date,
      ...(top.end ? { end: top.end } : {}),
      because: `"${top.words}": ${top.how}`,
      sure: 'low',
      chosen: top,
    };
  return undefined;
}
