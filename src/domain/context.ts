/**
 * The context collection as pages read it: ordered like the timeline, and set between the record's events
 * only as marked context, never as events. Nothing here is an exchange, and nothing here is counted.
 */
import type { ContextData } from './context-schema.ts';
import { yearOf } from './dates.ts';
import { compareText } from './ordering.ts';
import type { ChinaVote, ContextKind } from './vocabulary.ts';

/** One context item: its id (the file name) and its checked fields. */
export interface ContextItem {
  id: string;
  data: ContextData;
}

/** Oldest first, as the timeline orders events: by date, then end, then id. */
export function sortContext<T extends ContextItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      compareText(a.data.date, b.data.date) ||
      compareText(a.data.end ?? a.data.date, b.data.end ?? b.data.date) ||
      compareText(a.id, b.id),
  );
}

/** How each kind reads on the page. */
export const CONTEXT_KIND_LABELS: Record<ContextKind, string> = {
  'nuclear-test': 'Nuclear test',
  'missile-test': 'Missile test',
  'un-security-council': 'UN Security Council',
  'us-dprk-summit': 'US–North Korea summit',
  'inter-korean-summit': 'Inter-Korean summit',
  'china-south-korea': 'China–South Korea',
};

/** What each kind holds, for the codebook. */
export const CONTEXT_KIND_DEFINITIONS: Record<ContextKind, string> = {
  'nuclear-test': 'A North Korean nuclear test explosion, as detected and reported at the time.',
  'missile-test': 'One of North Korea’s longest-range missile launches.',
  'un-security-council': 'A Security Council resolution on North Korea, or a draft on it that failed, with China’s vote.',
  'us-dprk-summit': 'A meeting of the leaders of the United States and North Korea.',
  'inter-korean-summit': 'A meeting of the leaders of the two Koreas.',
  'china-south-korea': 'A milestone in relations between China and South Korea.',
};

/** China's vote, as a sentence fragment: "China voted in favour". */
export const CHINA_VOTE_LABELS: Record<ChinaVote, string> = {
  'in-favour': 'China voted in favour',
  abstained: 'China abstained',
  vetoed: 'China vetoed it',
  'without-vote': 'Adopted without a vote',
};

/** A year's events with the context items of the same year set between them by date, each marked for what it is. */
export function interleave<E extends { data: { date: string; end?: string | undefined } }, C extends ContextItem>(
  events: readonly E[],
  items: readonly C[],
): ({ kind: 'event'; event: E } | { kind: 'context'; item: C })[] {
  const merged: ({ kind: 'event'; event: E } | { kind: 'context'; item: C })[] = [];
  let next = 0;
  for (const event of events) {
    // A context item goes before the first event that starts after it: on the same date, the event comes first.
    while (next < items.length && compareText(items[next]!.data.date, event.data.date) < 0) {
      merged.push({ kind: 'context', item: items[next++]! });
    }
    merged.push({ kind: 'event', event });
  }
  while (next < items.length) merged.push({ kind: 'context', item: items[next++]! });
  return merged;
}

/** Context items grouped by the year they happened in. */
export function contextByYear<C extends ContextItem>(items: readonly C[]): Map<number, C[]> {
  const years = new Map<number, C[]>();
  for (const item of items) {
    const year = yearOf(item.data.date);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return years;
}

/** A year of the timeline with context: its events and context set in date order, or context alone. */
export interface YearWithContext<E, C> {
  year: number;
  /** The year's entries in date order; empty of events for a year that has only context. */
  entries: ({ kind: 'event'; event: E } | { kind: 'context'; item: C })[];
  /** Whether the year has no event of the record, only context. */
  contextOnly: boolean;
}

/**
 * The timeline's years with the context items set among them: a year with events gets its year's items
 * between its events, and a year with only context gets a year of its own, in order. Events keep their order.
 */
export function yearsWithContext<E extends { data: { date: string } }, C extends ContextItem>(
  years: readonly { year: number; events: readonly E[] }[],
  items: readonly C[],
): YearWithContext<E, C>[] {
  const byYear = contextByYear(items);
  const all = [...new Set([...years.map(({ year }) => year), ...byYear.keys()])].sort((a, b) => a - b);
  const events = new Map(years.map(({ year, events }) => [year, events]));
  // Context before the record's first year or after its last has no events to sit between.
  const first = years[0]?.year ?? Infinity;
  const last = years.at(-1)?.year ?? -Infinity;
  return all
    .filter((year) => year >= first && year <= last)
    .map((year) => {
      const yearEvents = events.get(year) ?? [];
      return {
        year,
        entries: interleave(yearEvents, byYear.get(year) ?? []),
        contextOnly: yearEvents.length === 0,
      };
    });
}
