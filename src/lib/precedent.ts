import { formatMonth, isBefore } from './dates.ts';
import { TYPE_LABELS } from './labels.ts';
import type { Registry } from './people.ts';
import { LEVELS, MEETING_TYPES, type Direction, type Level } from './schema.ts';
import type { TimelineEvent } from './timeline.ts';

/** The directions a visit travels in; "highest level since" compares visits going the same way. */
const TRAVEL: Partial<Record<Direction, { visitor: 'china' | 'dprk'; phrase: string }>> = {
  'china-to-dprk': { visitor: 'china', phrase: 'Chinese visit to North Korea' },
  'dprk-to-china': { visitor: 'dprk', phrase: 'North Korean visit to China' },
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
export interface Precedent<T extends TimelineEvent> {
  /** The earlier visit; `undefined` when this is the first on record. */
  previous: T | undefined;
  /** The sentence a reader sees, e.g. "First Chinese visit to North Korea at head-of-government level or higher since …". */
  text: string;
  /** The sentence without the earlier visit's name, for a link to carry it. */
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
export function precedents<T extends TimelineEvent>(
  sorted: readonly T[],
  registry: Registry,
): Map<string, Precedent<T>> {
  const result = new Map<string, Precedent<T>>();
  sorted.forEach((event, index) => {
    const { type, direction, level, date } = event.data;
    const travel = TRAVEL[direction];
    if (!travel || !level || !MEETING_TYPES.includes(type)) return;
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
    const lead = `First ${travel.phrase} ${at}`;
    const previousName = previous && nameOf(previous, travel.visitor, registry);
    result.set(event.id, {
      previous,
      lead,
      previousName,
      text: previous ? `${lead} since ${previousName}.` : `${lead} on record.`,
    });
  });
  return result;
}

/** "Xi Jinping's state visit (June 2019)": the visiting side's first participant, the kind of visit, the month. */
function nameOf(event: TimelineEvent, visitor: 'china' | 'dprk', registry: Registry): string {
  const lead = event.data.participants.map((written) => registry.resolve(written)).find(({ side }) => side === visitor);
  const kind = TYPE_LABELS[event.data.type].toLowerCase();
  const when = formatMonth(event.data.date);
  return lead ? `${lead.name}’s ${kind} (${when})` : `the ${kind} of ${when}`;
}
