import { earliestDay, latestDay } from './dates.ts';
import type { RecordEvent } from './participants.ts';
import type { Person } from './schema.ts';
import { MEETING_TYPES, type Direction } from './vocabulary.ts';
import { THREADS, type Thread } from './threads.ts';

/**
 * An event's connections to others, as its page shows them: those the build computes by rule (the
 * exchanges the other way, events at the same time or for the same occasion, its threads, its leads'
 * other trips) and those the editors chose (`related`). Everything is worked out once for the whole
 * record, so ten thousand event pages cost no more than one pass each.
 */

/** The other way for each one-way direction. */
const OPPOSITE: Partial<Record<Direction, Direction>> = {
  'china-to-dprk': 'dprk-to-china',
  'dprk-to-china': 'china-to-dprk',
};

/** Where an event stands in one thread. */
interface ThreadPlace<T> {
  thread: Thread;
  /** Its place in the thread, from 1. */
  position: number;
  /** How many events the thread holds. */
  count: number;
  previous?: T | undefined;
  next?: T | undefined;
}

export interface Connections<T> {
  /** For a visit, meeting or delegation going one way: the nearest ones going the other way, before and after. */
  otherWay?: { direction: Direction; previous?: T | undefined; next?: T | undefined } | undefined;
  /** Events whose dates overlap this one's, or that marked the same occasion (its text exactly). */
  sameOccasion: T[];
  threads: ThreadPlace<T>[];
  /**
   * For each registry person leading this event: how many other events they led, and the nearest of them
   * (up to `LEAD_NEIGHBOURS` on each side), in timeline order; their page lists them all.
   */
  leads: { person: Person; count: number; events: T[] }[];
  /** The editors' links (`related`), in the order written, each with its note. */
  editors: { event: T; note?: string | undefined }[];
}

/** How many of a lead's other trips an event page shows on each side of it. */
const LEAD_NEIGHBOURS = 4;

const isMeeting = (event: RecordEvent) => MEETING_TYPES.includes(event.data.type);

/** The registry people marked as leads of an event, each once. */
function leadsOf(event: RecordEvent): Person[] {
  const people = new Map<string, Person>();
  for (const { person, lead } of event.participants) if (lead && person) people.set(person.id, person);
  return [...people.values()];
}

/** Text folded so that `80th anniversary of …` matches however its spaces or case were typed. */
const occasionKey = (occasion: string) => occasion.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The connections of every event in `sorted` (timeline order), by id. "Before" and "after" mean
 * certainly so, as elsewhere in the record: an event dated only `1958-11` is neither before nor after one
 * on 22 November 1958.
 */
export function connectionsOf<T extends RecordEvent>(sorted: readonly T[]): Map<string, Connections<T>> {
  const byId = new Map(sorted.map((event) => [event.id, event]));
  // Each event's first and last possible day, worked out once: dates are compared many times over.
  const firsts = sorted.map((event) => earliestDay(event.data.date));
  const lasts = sorted.map((event) => latestDay(event.data.end ?? event.data.date));
  const meetings = new Map<Direction, number[]>();
  const occasions = new Map<string, number[]>();
  const led = new Map<string, T[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  sorted.forEach((event, index) => {
    if (isMeeting(event) && OPPOSITE[event.data.direction]) push(meetings, event.data.direction, index);
    if (event.data.occasion) push(occasions, occasionKey(event.data.occasion), index);
    for (const person of leadsOf(event)) push(led, person.id, event);
  });
  const threads = THREADS.map((thread) => {
    const events = sorted.filter((event) => thread.includes(event));
    return { thread, events, positions: new Map(events.map((event, position) => [event.id, position])) };
  });
  // The latest day any event up to each position could reach, so the search for overlaps can stop early.
  const reach: string[] = [];
  lasts.forEach((last, index) => reach.push(index > 0 && reach[index - 1]! > last ? reach[index - 1]! : last));

  /** The first position in `indices` (timeline positions, in order) whose first day is at or after `day`. */
  const firstFrom = (indices: readonly number[], day: string, after = false) => {
    let [low, high] = [0, indices.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      const first = firsts[indices[middle]!]!;
      if (after ? first <= day : first < day) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const result = new Map<string, Connections<T>>();
  sorted.forEach((event, index) => {
    const { direction, occasion } = event.data;
    const [first, last] = [firsts[index]!, lasts[index]!];

    const opposite = isMeeting(event) ? OPPOSITE[direction] : undefined;
    let otherWay: Connections<T>['otherWay'];
    if (opposite) {
      const others = meetings.get(opposite) ?? [];
      // Certainly before: its last possible day comes before this one's first (timeline order sorts by the first).
      let before = firstFrom(others, first) - 1;
      while (before >= 0 && !(lasts[others[before]!]! < first)) before--;
      // Certainly after: its first possible day comes after this one's last.
      const after = others[firstFrom(others, last, true)];
      otherWay = {
        direction: opposite,
        previous: before >= 0 ? sorted[others[before]!] : undefined,
        next: after === undefined ? undefined : sorted[after],
      };
    }

    const same = new Set<number>();
    for (let before = index - 1; before >= 0 && reach[before]! >= first; before--) {
      if (lasts[before]! >= first) same.add(before);
    }
    for (let after = index + 1; after < sorted.length && firsts[after]! <= last; after++) same.add(after);
    for (const other of occasion ? (occasions.get(occasionKey(occasion)) ?? []) : []) {
      if (other !== index) same.add(other);
    }

    result.set(event.id, {
      otherWay,
      sameOccasion: [...same].sort((a, b) => a - b).map((other) => sorted[other]!),
      threads: threads.flatMap(({ thread, events, positions }) => {
        const position = positions.get(event.id);
        if (position === undefined) return [];
        return [
          {
            thread,
            position: position + 1,
            count: events.length,
            previous: events[position - 1],
            next: events[position + 1],
          },
        ];
      }),
      leads: leadsOf(event).map((person) => {
        const trips = led.get(person.id) ?? [];
        const at = trips.indexOf(event);
        return {
          person,
          count: trips.length - 1,
          events: [
            ...trips.slice(Math.max(0, at - LEAD_NEIGHBOURS), at),
            ...trips.slice(at + 1, at + 1 + LEAD_NEIGHBOURS),
          ],
        };
      }),
      editors: event.data.related.flatMap(({ id, note }) => {
        const linked = byId.get(id);
        return linked ? [{ event: linked, note }] : [];
      }),
    });
  });
  return result;
}
