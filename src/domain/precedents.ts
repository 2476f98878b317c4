import { isComplete } from './coverage.ts';
import { formatMonth, isBefore } from './dates.ts';
import { travellerOf } from './offices.ts';
import { LEVELS, type Direction, type Level } from './schema.ts';
import { isMeeting, type MeetingType } from './vocabulary.ts';
import type { RecordEvent } from './participants.ts';

/** How a visit going each way is named in the sentence. */
const PHRASES: Partial<Record<Direction, string>> = {
  'china-to-dprk': 'Chinese visit to North Korea',
  'dprk-to-china': 'North Korean visit to China',
};

const LEVEL_PHRASES: Record<Level, string> = {
  leader: 'top-leader',
  'head-of-government': 'head-of-government',
  'senior-leader': 'senior-leader',
  politburo: 'Politburo',
  minister: 'minister',
  'vice-minister': 'vice-minister',
  official: 'official',
};

/**
 * How an earlier trip is named after its lead(s) in the sentence, by type, so that it reads truly of who
 * travelled: "Kim Jong Un’s trip leading a delegation", never "Kim Jong Un’s delegation", which a reader
 * takes for a delegation he sent.
 */
const TRIP_PHRASES: Record<MeetingType, string> = {
  'state-visit': 'state visit',
  'official-visit': 'official visit',
  'working-visit': 'working visit',
  'unofficial-visit': 'unofficial visit',
  visit: 'visit',
  delegation: 'trip leading a delegation',
  summit: 'trip for a summit',
  talks: 'trip for talks',
};

/** How an earlier trip is named when no one on the travelling side is recorded: "the delegation of October 2015". */
const UNLED_PHRASES: Record<MeetingType, string> = {
  ...TRIP_PHRASES,
  delegation: 'delegation',
  summit: 'summit',
  talks: 'talks',
};

/** Where a visit stands in the record: the latest earlier visit the same way at its level or higher, if any. */
export interface Precedent<T extends RecordEvent> {
  /** The earlier visit; `undefined` when the record has none. */
  previous: T | undefined;
  /**
   * Whether the record is complete at this level, so the sentence may say "first … since". Below that
   * level it only says what the record shows, and pages add that the record is a selection there.
   */
  complete: boolean;
  /** The sentence a reader sees, e.g. "First Chinese visit to North Korea at head-of-government level or higher since …". */
  text: string;
  /** The sentence up to the earlier visit's name, for a link to carry the name. */
  lead: string;
  /** How the earlier visit is named, e.g. "Xi Jinping's state visit (June 2019)". */
  previousName: string | undefined;
}

/**
 * For every visit, meeting or delegation going one way between China and North Korea: the latest earlier
 * one the same way whose level ranks at or above its own (the count analysts such as CSIS's Beyond
 * Parallel keep). "Earlier" means certainly earlier: a visit dated only `1958-11` is not earlier than one
 * on 22 November 1958, nor the reverse. `sorted` must be in timeline order.
 */
export function findPrecedents<T extends RecordEvent>(sorted: readonly T[]): Map<string, Precedent<T>> {
  const result = new Map<string, Precedent<T>>();
  sorted.forEach((event, index) => {
    const { type, direction, level, date } = event.data;
    const phrase = PHRASES[direction];
    if (!phrase || !level || !isMeeting(type)) return;
    const rank = LEVELS.indexOf(level);
    let previous: T | undefined;
    for (let before = index - 1; before >= 0 && !previous; before--) {
      const candidate = sorted[before]!;
      const { data } = candidate;
      if (
        data.direction === direction &&
        isMeeting(data.type) &&
        data.level !== undefined &&
        LEVELS.indexOf(data.level) <= rank &&
        isBefore(data.date, date)
      ) {
        previous = candidate;
      }
    }
    const at = `at ${LEVEL_PHRASES[level]} level${rank === 0 ? '' : ' or higher'}`;
    const complete = isComplete(level);
    const previousName = previous && nameOf(previous);
    // Below the level the record covers completely, a "first since" would claim what the record cannot know.
    const lead = complete ? `First ${phrase} ${at}` : `The latest earlier ${phrase} ${at} in this record`;
    const text = complete
      ? previous
        ? `${lead} since ${previousName}.`
        : `${lead} on record.`
      : previous
        ? `${lead} is ${previousName}.`
        : `This record holds no earlier ${phrase} ${at}.`;
    result.set(event.id, { previous, complete, lead, previousName, text });
  });
  return result;
}

/**
 * "Xi Jinping’s state visit (June 2019)", "Kim Jong Un’s trip leading a delegation (September 2025)": the
 * visit's lead(s) (or first visitor), what kind of trip it was, and the month; a trip kept secret at the time
 * says so ("Kim Il Sung’s unannounced trip for a summit (May 1950)").
 */
function nameOf(event: RecordEvent): string {
  const { type, direction, date, tags } = event.data;
  // Only visits, delegations, summits and talks have precedents, so this never throws.
  if (!isMeeting(type)) throw new Error(`${event.id} is not a visit, delegation, summit or talks`);
  const visitor = travellerOf(direction);
  const visitors = event.participants.filter((participant) => participant.side === visitor);
  const leads = visitors.filter((participant) => participant.lead);
  const names = (leads.length > 0 ? leads : visitors.slice(0, 1)).map((participant) => participant.name);
  const secret = tags.includes('unannounced') ? 'unannounced ' : '';
  const when = formatMonth(date);
  return names.length > 0
    ? `${names.join(' and ')}’s ${secret}${TRIP_PHRASES[type]} (${when})`
    : `the ${secret}${UNLED_PHRASES[type]} of ${when}`;
}
