import { LEVELS, MEETING_TYPES, type EventData, type Level } from './schema.ts';

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

/** What the record holds, as the record page counts it. */
export interface CoverageCounts {
  /** All events. */
  total: number;
  /** Visits and meetings going one way at a level the record covers completely, by direction. */
  complete: { 'china-to-dprk': number; 'dprk-to-china': number };
  /** Events tagged `unannounced`: trips kept secret at the time and acknowledged later. */
  unannounced: number;
}

/** Counts the record for the record page. */
export function coverageCounts(events: readonly { data: EventData }[]): CoverageCounts {
  const complete = { 'china-to-dprk': 0, 'dprk-to-china': 0 };
  let unannounced = 0;
  for (const { data } of events) {
    const way = data.direction;
    if ((way === 'china-to-dprk' || way === 'dprk-to-china') && MEETING_TYPES.includes(data.type)) {
      if (data.level && isComplete(data.level)) complete[way]++;
    }
    if (data.tags.includes('unannounced')) unannounced++;
  }
  return { total: events.length, complete, unannounced };
}
