import { yearOf } from './dates.ts';
import type { RecordEvent } from './participants.ts';
import { DIRECTIONS, type Direction } from './vocabulary.ts';

/**
 * Threads: chains of events a reader follows across the years, each defined by a rule over the tags the
 * record already uses (and, for the summits, who took part), so a new event joins its thread by being
 * tagged as its kind already is. Each has a page (`/threads/<id>/`) and is named on its events' pages.
 */
export interface Thread {
  /** Its address: `/threads/<id>/`. */
  id: string;
  title: string;
  /** One sentence on what the thread follows. */
  description: string;
  /** Which events belong, in one sentence, as the thread's page states it. */
  rule: string;
  includes(event: RecordEvent): boolean;
}

const tagged = (event: RecordEvent, ...tags: string[]) => tags.some((tag) => event.data.tags.includes(tag));
const took = (event: RecordEvent, id: string) => event.participants.some(({ person }) => person?.id === id);

export const THREADS: readonly Thread[] = [
  {
    id: 'treaty-1961',
    title: 'The 1961 treaty and its anniversaries',
    description:
      'The Treaty of Friendship, Cooperation and Mutual Assistance signed in Beijing in July 1961, and the visits and messages that marked its anniversaries.',
    rule: 'The thread holds every event tagged treaty.',
    includes: (event) => tagged(event, 'treaty'),
  },
  {
    id: 'korean-war',
    title: 'The Korean War and its anniversaries',
    description:
      'China’s part in the Korean War, from Kim Il Sung’s secret trip to Beijing in May 1950 to the withdrawal of the Chinese People’s Volunteers, and the delegations sent for the armistice’s anniversaries.',
    rule: 'The thread holds every event tagged korean-war or armistice.',
    includes: (event) => tagged(event, 'korean-war', 'armistice'),
  },
  {
    id: 'kim-xi-summits',
    title: 'The Kim–Xi summits',
    description: 'Every meeting of Kim Jong Un and Xi Jinping in the record, since Kim’s first trip to China in 2018.',
    rule: 'The thread holds every event tagged summit at which Kim Jong Un and Xi Jinping both took part.',
    includes: (event) => tagged(event, 'summit') && took(event, 'kim-jong-un') && took(event, 'xi-jinping'),
  },
  {
    id: 'friendship-years',
    title: 'The friendship years',
    description: 'The China–DPRK friendship years of 2009 and 2024, and the visits and messages that marked them.',
    rule: 'The thread holds every event tagged friendship-year.',
    includes: (event) => tagged(event, 'friendship-year'),
  },
];

/** Each thread with its events in timeline order; threads with no events are kept, with none. */
export function threadEvents<T extends RecordEvent>(sorted: readonly T[]): { thread: Thread; events: T[] }[] {
  return THREADS.map((thread) => ({ thread, events: sorted.filter((event) => thread.includes(event)) }));
}

/** What a thread's page counts: its events by direction, and the years they span. */
export interface ThreadCounts {
  total: number;
  byDirection: { direction: Direction; count: number }[];
  /** The first and last year, when there are events. */
  years?: { first: number; last: number } | undefined;
}

/** Counts of a thread's events (timeline order): by direction, in the vocabulary's order, leaving out none found. */
export function threadCounts(events: readonly RecordEvent[]): ThreadCounts {
  const byDirection = DIRECTIONS.map((direction) => ({
    direction,
    count: events.filter((event) => event.data.direction === direction).length,
  })).filter(({ count }) => count > 0);
  const years = events.map((event) => yearOf(event.data.date));
  return {
    total: events.length,
    byDirection,
    years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : undefined,
  };
}

/**
 * The years between each event and the one before it in the thread, by their start years ("10 years
 * later"): undefined for the first, 0 for the same year. Years, not days, since many dates are a month.
 */
export const yearsSincePrevious = (events: readonly RecordEvent[]): (number | undefined)[] =>
  events.map((event, index) =>
    index === 0 ? undefined : yearOf(event.data.date) - yearOf(events[index - 1]!.data.date),
  );
