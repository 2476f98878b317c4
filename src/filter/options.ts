/**
 * The build side of the filter: what each event is matched on, and the options, counts and years the
 * form offers. Runs at build time only.
 */
import { yearOf } from '../domain/dates.ts';
import { compareText } from '../domain/ordering.ts';
import type { RecordEvent } from '../domain/participants.ts';
import { spellingsOf, type ResolvedParticipant } from '../domain/registry.ts';
import { DIRECTIONS, EVENT_TYPES, LEVELS, type EventData } from '../domain/schema.ts';
import {
  DIRECTION_DEFINITIONS,
  DIRECTION_LABELS,
  filterForm,
  LEVEL_DEFINITIONS,
  LEVEL_LABELS,
  TYPE_DEFINITIONS,
  TYPE_LABELS,
} from '../i18n/index.ts';
import { slugOf } from '../text/fold.ts';
import { foldForSearch } from '../text/search.ts';
import type { Facet, Filterable, Vocabulary } from './model.ts';

/** The id the person filter uses: the registry's, or for a one-off their name in lowercase with hyphens. */
const personIdOf = (participant: ResolvedParticipant) => participant.person?.id ?? slugOf(participant.name);

/** Every way a participant is written, folded and each once, so 金正恩, 김정은 and Kim Jong-un all find Kim Jong Un. */
const spellingsOfParticipant = (participant: ResolvedParticipant) => [
  ...new Set((participant.person ? spellingsOf(participant.person) : [participant.name]).map(foldForSearch)),
];

/**
 * What the filter matches one event on. Its `searchText` holds the fields the timeline item does not
 * show, which reach the browser in `/full-text.json`; the title and summary, which it shows, are added there
 * (see `completeSearchText`).
 */
export function filterableOf({ data, participants }: RecordEvent): Filterable {
  const unseen = [
    data.location,
    data.occasion,
    ...participants.flatMap((participant) => [...spellingsOfParticipant(participant), participant.role]),
    ...data.tags,
  ];
  return {
    type: data.type,
    direction: data.direction,
    level: data.level ?? '',
    start: yearOf(data.date),
    end: yearOf(data.end ?? data.date),
    leads: [...new Set(participants.filter((participant) => participant.lead).map(personIdOf))],
    people: [...new Set(participants.map(personIdOf))],
    searchText: foldForSearch(unseen.filter(Boolean).join(' ')),
    ...(data.draft ? { draft: true } : {}),
  };
}

/** One checkbox of the filter form. */
export interface FilterOption {
  value: string;
  label: string;
  /** How many events it shows on its own. */
  count: number;
  /** What the value means, for the facets whose values the record defines (type, direction, level). */
  definition?: string | undefined;
}

/** How many events have each value of a field, in the order of `values` and leaving out values none has. */
function countsOf<V extends string>(
  events: readonly RecordEvent[],
  values: readonly V[],
  labels: Record<V, string>,
  definitions: Record<V, string>,
  pick: (data: EventData) => V | undefined,
): FilterOption[] {
  const counts = new Map<V, number>();
  for (const { data } of events) {
    const value = pick(data);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return values
    .filter((value) => counts.has(value))
    .map((value) => ({ value, label: labels[value], count: counts.get(value)!, definition: definitions[value] }));
}

/** The facets with a fixed list of options, in the order the form shows them. */
export function facetOptions(
  events: readonly RecordEvent[],
): { facet: Facet; label: string; options: FilterOption[] }[] {
  const { facets } = filterForm;
  return [
    {
      facet: 'type',
      label: facets.type,
      options: countsOf(events, EVENT_TYPES, TYPE_LABELS, TYPE_DEFINITIONS, (data) => data.type),
    },
    {
      facet: 'direction',
      label: facets.direction,
      options: countsOf(events, DIRECTIONS, DIRECTION_LABELS, DIRECTION_DEFINITIONS, (data) => data.direction),
    },
    {
      facet: 'level',
      label: facets.level,
      options: countsOf(events, LEVELS, LEVEL_LABELS, LEVEL_DEFINITIONS, (data) => data.level),
    },
  ];
}

/** Someone the person filter offers. */
export interface PersonOption extends FilterOption {
  /** Every spelling of their name, folded, for the person finder. */
  searchText: string;
}

/**
 * Everyone who took part in `events` (or, with `leads`, who led the travelling side), those in most events
 * first, then by name.
 */
export function personOptions(events: readonly RecordEvent[], { leads = false } = {}): PersonOption[] {
  const people = new Map<string, PersonOption>();
  for (const { participants } of events) {
    const seen = new Set<string>();
    for (const participant of participants) {
      if (leads && !participant.lead) continue;
      const value = personIdOf(participant);
      if (seen.has(value)) continue;
      seen.add(value);
      const option = people.get(value) ?? {
        value,
        label: participant.name,
        count: 0,
        searchText: spellingsOfParticipant(participant).join(' '),
      };
      option.count++;
      people.set(value, option);
    }
  }
  return [...people.values()].sort((a, b) => b.count - a.count || compareText(a.label, b.label));
}

/** Every year from the first an event starts in to the last one ends in. */
export function yearsOf(events: readonly RecordEvent[]): number[] {
  if (events.length === 0) return [];
  const first = Math.min(...events.map((event) => yearOf(event.data.date)));
  const last = Math.max(...events.map((event) => yearOf(event.data.end ?? event.data.date)));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** What the filter accepts from a URL: the options the form offers and its years. */
export function vocabularyOf(
  facets: readonly { facet: Facet; options: readonly FilterOption[] }[],
  years: readonly number[],
): Vocabulary {
  const values = (options: readonly FilterOption[]) => new Set(options.map((option) => option.value));
  return {
    facets: Object.fromEntries(facets.map(({ facet, options }) => [facet, values(options)])) as unknown as Vocabulary['facets'],
    firstYear: years[0] ?? 0,
    lastYear: years.at(-1) ?? 0,
  };
}
