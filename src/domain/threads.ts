import type { RecordEvent } from './participants.ts';

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
  /** Which events belong, in words, as the thread's page states it. */
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
    rule: 'Events tagged treaty.',
    includes: (event) => tagged(event, 'treaty'),
  },
  {
    id: 'korean-war',
    title: 'The Korean War and its anniversaries',
    description:
      'China’s part in the Korean War, from Kim Il Sung’s secret trip to Beijing in May 1950 to the withdrawal of the Chinese People’s Volunteers, and the delegations sent for the armistice’s anniversaries.',
    rule: 'Events tagged korean-war or armistice.',
    includes: (event) => tagged(event, 'korean-war', 'armistice'),
  },
  {
    id: 'kim-xi-summits',
    title: 'The Kim–Xi summits',
    description: 'Every meeting of Kim Jong Un and Xi Jinping in the record, since Kim’s first trip to China in 2018.',
    rule: 'Events tagged summit at which both Kim Jong Un and Xi Jinping took part.',
    includes: (event) => tagged(event, 'summit') && took(event, 'kim-jong-un') && took(event, 'xi-jinping'),
  },
  {
    id: 'friendship-years',
    title: 'The friendship years',
    description: 'The China–DPRK friendship years of 2009 and 2024, and the visits and messages that marked them.',
    rule: 'Events tagged friendship-year.',
    includes: (event) => tagged(event, 'friendship-year'),
  },
];

/** Each thread with its events in timeline order; threads with no events are kept, with none. */
export function threadEvents<T extends RecordEvent>(sorted: readonly T[]): { thread: Thread; events: T[] }[] {
  return THREADS.map((thread) => ({ thread, events: sorted.filter((event) => thread.includes(event)) }));
}
