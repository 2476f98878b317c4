import { yearOf } from './dates.ts';
import type { EventData } from './schema.ts';

/** The least an event needs for ordering and export: what the loader stores for every entry. */
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
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** The events just before and after `id` in a sorted list. */
export function neighbours<T extends TimelineEvent>(
  sorted: readonly T[],
  id: string,
): { previous?: T | undefined; next?: T | undefined } {
  const index = sorted.findIndex((event) => event.id === id);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/** One event as `/events.json` publishes it: every field, dates as written, `null` for what is absent. */
export function exportEvent({ id, data }: TimelineEvent, url: string) {
  return {
    id,
    title: data.title,
    date: data.date,
    end: data.end ?? null,
    type: data.type,
    direction: data.direction,
    level: data.level ?? null,
    location: data.location ?? null,
    occasion: data.occasion ?? null,
    participants: data.participants.map(({ name, side, role }) => ({ name, side, role: role ?? null })),
    summary: data.summary,
    sources: data.sources.map(({ title, publisher, url: link, published, side }) => ({
      title,
      publisher,
      url: link ?? null,
      published: published ?? null,
      side: side ?? null,
    })),
    tags: data.tags,
    url,
  };
}

/** How many events have each value of a field, in the order of `values` and leaving out values none has. */
export function facetCounts<V extends string>(
  events: readonly TimelineEvent[],
  values: readonly V[],
  pick: (data: EventData) => V | undefined,
): { value: V; count: number }[] {
  return values
    .map((value) => ({ value, count: events.filter((event) => pick(event.data) === value).length }))
    .filter(({ count }) => count > 0);
}
