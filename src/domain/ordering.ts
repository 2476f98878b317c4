import { yearOf } from './dates.ts';
import type { EventData } from './schema.ts';

/** The least an event needs to be put in order: what the loader stores for every entry. */
export interface TimelineEvent {
  id: string;
  data: EventData;
}

/** Timeline order: by start date (a year before its months, a month before its days), then end, then id. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareText(a.data.date, b.data.date) ||
    compareText(a.data.end ?? a.data.date, b.data.end ?? b.data.date) ||
    compareText(a.id, b.id)
  );
}

// Plain code-unit order, not the machine's locale, so every build orders alike.
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Events oldest first, without changing the array given. */
export function sortEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/** Sorted events grouped under the year they start in, oldest year first. */
export function groupByYear<T extends TimelineEvent>(sorted: readonly T[]): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of sorted) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

// Each list's positions, found once: every event page asks, so a search per page would cost N² in all.
const positions = new WeakMap<readonly TimelineEvent[], Map<string, number>>();

/** The events just before and after `id` in a sorted list. */
export function neighbours<T extends TimelineEvent>(
  sorted: readonly T[],
  id: string,
): { previous?: T | undefined; next?: T | undefined } {
  let index = positions.get(sorted);
  if (!index) positions.set(sorted, (index = new Map(sorted.map((event, position) => [event.id, position]))));
  const position = index.get(id);
  if (position === undefined) return {};
  return { previous: sorted[position - 1], next: sorted[position + 1] };
}
