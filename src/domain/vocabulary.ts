/**
 * The record's closed vocabularies, as const arrays with no imports, so that modules meant to run in the
 * browser too (the CSV writer and its column descriptions) can share them without the schema's zod and dayjs.
 * `schema.ts` builds the fields from them and re-exports them.
 */

/** Types that bring officials together, so the rank of the highest one (`level`) is required. */
const MEETINGS = [
  'state-visit',
  'official-visit',
  'working-visit',
  'unofficial-visit',
  'visit',
  'delegation',
  'summit',
  'talks',
] as const;

/** Kinds of exchange: the meetings first, then the rest. */
export const EVENT_TYPES = [
  ...MEETINGS,
  'agreement',
  'commemoration',
  'message',
  'military',
  'economic',
  'other',
] as const;

export const MEETING_TYPES: readonly EventType[] = MEETINGS;

/** A type that brings officials together: a visit, delegation, summit or talks. */
export type MeetingType = (typeof MEETINGS)[number];

/** Whether `type` is one of the meeting types, narrowing it. */
export const isMeeting = (type: EventType): type is MeetingType => MEETING_TYPES.includes(type);

/** Who went to, or acted toward, whom. */
export const DIRECTIONS = ['china-to-dprk', 'dprk-to-china', 'mutual', 'multilateral'] as const;

/** Rank of the highest official involved, highest first. */
export const LEVELS = [
  'leader',
  'head-of-government',
  'senior-leader',
  'politburo',
  'minister',
  'vice-minister',
  'official',
] as const;

/** Whose person or whose account. */
export const SIDES = ['china', 'dprk', 'other'] as const;

/** Languages a quoted phrase in "What each side said" may be in; the page marks each with its `lang`. */
export const PHRASE_LANGS = ['en', 'zh', 'ko', 'ja'] as const;

/** Countries a place in `content/places.yaml` may be in: ISO 3166-1 alpha-2 codes, as data tools expect. */
export const COUNTRIES = ['CN', 'KP', 'KR', 'RU', 'MN', 'JP', 'VN', 'SG', 'US'] as const;

/** Kinds of context event: what happened around the relationship, never an exchange between the two governments. */
export const CONTEXT_KINDS = [
  'nuclear-test',
  'missile-test',
  'un-security-council',
  'us-dprk-summit',
  'inter-korean-summit',
  'china-south-korea',
] as const;

/** China's vote on a Security Council decision about North Korea, as the meeting record gives it. */
export const CHINA_VOTES = ['in-favour', 'abstained', 'vetoed', 'without-vote'] as const;

/** How much of a date the editor wrote: `1961-07-11`, `1961-07` or `1961`. */
export const PRECISIONS = ['day', 'month', 'year'] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Level = (typeof LEVELS)[number];
export type Side = (typeof SIDES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Country = (typeof COUNTRIES)[number];
export type ContextKind = (typeof CONTEXT_KINDS)[number];
export type ChinaVote = (typeof CHINA_VOTES)[number];

/** The precision of a date already known to be valid: its written form is its precision. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
