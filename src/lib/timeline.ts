import { yearOf } from './dates.ts';
import { foldText, slugOf } from './filter.ts';
import { spellingsOf, type Registry, type ResolvedParticipant } from './people.ts';
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

/** One event as `/events.json` publishes it: every field, dates as written, `null` for what is absent. */
export function exportEvent({ id, data }: TimelineEvent, url: string, registry: Registry) {
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
    participants: data.participants.map((written) => {
      const { name, side, role, person } = registry.resolve(written);
      return { person: person?.id ?? null, name, side, role: role ?? null };
    }),
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

/** Someone who took part in events, as the timeline's person filter offers them. */
export interface PersonOption {
  id: string;
  name: string;
  /** How many events they took part in. */
  count: number;
  /** Every spelling of their name, folded for the person finder. */
  search: string;
}

/** The id the person filter uses: the registry's, or for a one-off their name in lowercase with hyphens. */
const filterIdOf = (participant: ResolvedParticipant) => participant.person?.id ?? slugOf(participant.name);

/** Everyone who took part in `events`, those in most events first, then by name. */
export function peopleIn(events: readonly TimelineEvent[], registry: Registry): PersonOption[] {
  const people = new Map<string, PersonOption>();
  for (const { data } of events) {
    const seen = new Set<string>();
    for (const participant of data.participants.map((written) => registry.resolve(written))) {
      const id = filterIdOf(participant);
      if (seen.has(id)) continue;
      seen.add(id);
      const spellings = participant.person ? spellingsOf(participant.person) : [participant.name];
      const option = people.get(id) ?? { id, name: participant.name, count: 0, search: foldText(spellings.join(' ')) };
      option.count++;
      people.set(id, option);
    }
  }
  return [...people.values()].sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}

/** What the timeline filter matches one event on, written into its item's `data-*` attributes. */
export function filterAttributes({ data }: TimelineEvent, registry: Registry) {
  const participants = data.participants.map((written) => registry.resolve(written));
  const searchable = [
    data.title,
    data.summary,
    data.location,
    data.occasion,
    // Every spelling, so 金正恩, 김정은 and Kim Jong-un all find Kim Jong Un's events.
    ...participants.flatMap((participant) => [
      ...(participant.person ? spellingsOf(participant.person) : [participant.name]),
      participant.role,
    ]),
    ...data.tags,
  ];
  return {
    'data-type': data.type,
    'data-direction': data.direction,
    'data-level': data.level ?? '',
    'data-start': yearOf(data.date),
    'data-end': yearOf(data.end ?? data.date),
    'data-people': [...new Set(participants.map(filterIdOf))].join(' '),
    'data-search': foldText(searchable.filter(Boolean).join(' ')),
  };
}

/** For each registry person, the events they took part in, in timeline order, with the office they held. */
export function eventsByPerson<T extends TimelineEvent>(
  sorted: readonly T[],
  registry: Registry,
): Map<string, { event: T; role: string | undefined }[]> {
  const byPerson = new Map<string, { event: T; role: string | undefined }[]>();
  for (const event of sorted) {
    const seen = new Set<string>();
    for (const { person, role } of event.data.participants.map((written) => registry.resolve(written))) {
      if (!person || seen.has(person.id)) continue;
      seen.add(person.id);
      const events = byPerson.get(person.id) ?? [];
      events.push({ event, role });
      byPerson.set(person.id, events);
    }
  }
  return byPerson;
}
