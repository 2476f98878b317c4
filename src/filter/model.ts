/**
 * What the filter works on: its facets and what it knows of each event. Types and constants only, shared
 * by `rules.ts` (the matching), `attributes.ts` (how the page carries them) and `options.ts` (the build), so
 * none of those needs another to say what an event is.
 */

/**
 * Filters with a fixed list of options; within one, options combine with OR, across them with AND. `lead`
 * is the travelling lead (the participants marked `lead: true`), `person` anyone the event names.
 */
export const FACETS = ['type', 'direction', 'level', 'lead', 'person'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets whose events hold a list of values (people), matched when any one is chosen. */
export type ListFacet = 'lead' | 'person';

/** The field of `Filterable` each list facet reads. */
export const LIST_FIELDS = { lead: 'leads', person: 'people' } as const satisfies Record<ListFacet, keyof Filterable>;

export const isListFacet = (facet: Facet): facet is ListFacet => facet === 'lead' || facet === 'person';

/** What the filter knows of one event, carried by its timeline item's `data-*` attributes (see `attributes.ts`). */
export interface Filterable {
  type: string;
  direction: string;
  level: string;
  /** Years the event starts and ends in. */
  start: number;
  end: number;
  /** Ids of the travelling lead(s). */
  leads: readonly string[];
  /** Ids of everyone the event names, leads included. */
  people: readonly string[];
  /** Every searchable field, passed through `foldForSearch`. */
  searchText: string;
  /** A draft, shown only by `astro dev`: listed and marked, but left out of the chart's counts. */
  draft?: boolean;
}

/** The options each facet offers and each year the range may take; parameters outside them are ignored. */
export interface Vocabulary {
  facets: Record<Facet, ReadonlySet<string>>;
  firstYear: number;
  lastYear: number;
}
