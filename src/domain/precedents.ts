import { isComplete } from './coverage.ts';
import { formatMonth, isBefore } from './dates.ts';
import { TYPE_LABELS } from './labels.ts';
import { travellerOf } from './offices.ts';
import { LEVELS, MEETING_TYPES, type Direction, type Level } from './schema.ts';
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
    if (!phrase || !level || !MEETING_TYPES.includes(type)) return;
    const rank = LEVELS.indexOf(level);
    let previous: T | undefined;
    for (let before = index - 1; before >= 0 && !previous; before--) {
      const candidate = sorted[before]!;
      const { data } = candidate;
      if (
        data.direction === direction &&
        MEETING_TYPES.includes(data.type) &&
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

/** "Xi Jinping's state visit (June 2019)": the visit's lead(s) (or first visitor), the kind of visit, the month. */
function nameOf(event: RecordEvent): string {
  const visitor = travellerOf(event.data.direction);
  const visitors = event.participants.filter((participant) => participant.side === visitor);
  const leads = visitors.filter((participant) => participant.lead);
  const names = (leads.length > 0 ? leads : visitors.slice(0, 1)).map((participant) => participant.name);
  const kind = TYPE_LABELS[event.data.type].toLowerCase();
  const when = formatMonth(event.data.date);
  return names.length > 0 ? `${names.join(' and ')}’s ${kind} (${when})` : `the ${kind} of ${when}`;
}
