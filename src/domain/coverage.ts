import { LEVELS, type EventData, type Level } from './schema.ts';
import { isMeeting, MEETING_TYPES } from './vocabulary.ts';

/**
 * The lowest level at which the record aims to hold every announced visit, in either direction, since 1949.
 * Below it, and for messages, agreements and commemorations, the record is a selection. The record page
 * states this, and "first … since" lines claim only what it supports.
 */
export const COMPLETE_FROM: Level = 'senior-leader';

/** The first year the record covers completely at `COMPLETE_FROM` and above. */
export const COMPLETE_SINCE = 1949;

/** Whether the record holds every announced visit at `level` (and so at every level above it). */
export const isComplete = (level: Level): boolean => LEVELS.indexOf(level) <= LEVELS.indexOf(COMPLETE_FROM);

/**
 * The field's reference list and its counting rule: every visit at foreign-minister level or above since 1953,
 * which this record's `minister` level and above matches.
 */
export const CSIS_LIST = {
  name: 'CSIS Beyond Parallel’s “China-DPRK High Level Visits Since 1953”',
  url: 'https://beyondparallel.csis.org/china-dprk-high-level-visits-since-1953-2/',
  since: 1953,
  /** The lowest level of its rule, in this record's levels. */
  from: 'minister' as Level,
};

/** The levels CSIS's rule counts, highest first. */
export const COMPARABLE_LEVELS: readonly Level[] = LEVELS.slice(0, LEVELS.indexOf(CSIS_LIST.from) + 1);

/** The timeline's query for the view comparable with CSIS's list: visits and meetings at its levels. */
export const comparableQuery = (): URLSearchParams =>
  new URLSearchParams([
    ...MEETING_TYPES.map((type) => ['type', type]),
    ...COMPARABLE_LEVELS.map((level) => ['level', level]),
  ]);

/** The two directions a visit goes one way, as the coverage tables count them. */
export const ONE_WAY = ['china-to-dprk', 'dprk-to-china'] as const;
type OneWay = (typeof ONE_WAY)[number];

/**
 * How much of the selection tier (`politburo` and `minister`) the record holds, by direction and period, as the
 * research behind the record estimates it (shared/research/minister-*.md, "Coverage"). Estimates, not counts:
 * neither CSIS's dataset nor the Chinese foreign ministry's list could be read to count against.
 */
export const SELECTION_ESTIMATES: readonly { direction: OneWay; period: string; estimate: string }[] = [
  { direction: 'china-to-dprk', period: '1953–1989', estimate: 'well under a tenth' },
  { direction: 'china-to-dprk', period: '1990–1999', estimate: 'not estimated' },
  {
    direction: 'china-to-dprk',
    period: '2000–2019',
    estimate:
      'about half to three-fifths: most foreign-minister, state-councillor, party liaison-head and defence-minister trips, fewer of the rest',
  },
  { direction: 'china-to-dprk', period: '2020–2025', estimate: 'not searched beyond the visits already recorded' },
  { direction: 'dprk-to-china', period: '1953–1999', estimate: 'perhaps one in ten to one in twenty' },
  {
    direction: 'dprk-to-china',
    period: '2000–2025',
    estimate:
      'about half: foreign-minister visits nearly all, vice-premier, ministerial and army delegations far fewer',
  },
];

/** What the record holds, as the record page counts it. */
export interface CoverageCounts {
  /** All events. */
  total: number;
  /** Visits and meetings going one way at a level the record covers completely, by direction. */
  complete: Record<OneWay, number>;
  /** Visits and meetings going one way, by level and direction. */
  byLevel: Record<Level, Record<OneWay, number>>;
  /** Visits and meetings going one way at the levels CSIS's rule counts, by direction. */
  comparable: Record<OneWay, number>;
  /** Events tagged `unannounced`: trips kept secret at the time and acknowledged later. */
  unannounced: number;
}

/** Counts the record for the record page. */
export function coverageCounts(events: readonly { data: EventData }[]): CoverageCounts {
  const none = () => ({ 'china-to-dprk': 0, 'dprk-to-china': 0 });
  const complete = none();
  const comparable = none();
  const byLevel = Object.fromEntries(LEVELS.map((level) => [level, none()])) as CoverageCounts['byLevel'];
  let unannounced = 0;
  for (const { data } of events) {
    const way = data.direction;
    if ((way === 'china-to-dprk' || way === 'dprk-to-china') && isMeeting(data.type) && data.level) {
      byLevel[data.level][way]++;
      if (isComplete(data.level)) complete[way]++;
      if (COMPARABLE_LEVELS.includes(data.level)) comparable[way]++;
    }
    if (data.tags.includes('unannounced')) unannounced++;
  }
  return { total: events.length, complete, byLevel, comparable, unannounced };
}
