import type { EventData } from './schema.ts';

/** What a reader can filter the timeline by; every field is optional and empty means "any". */
export interface Criteria {
  /** Words that must all appear in the event's title, summary, place, occasion or participants. */
  q?: string;
  type?: string;
  direction?: string;
  level?: string;
  /** First and last year of the events' start dates, inclusive. */
  from?: number;
  to?: number;
}

/** What the filter knows of one event, read from its timeline item's `data-*` attributes. */
export interface Filterable {
  type: string;
  direction: string;
  level: string;
  year: number;
  /** Lowercase text searched by `q`. */
  text: string;
}

const KEYS = ['q', 'type', 'direction', 'level', 'from', 'to'] as const;

/** Text folded for searching: lowercase, without accents, so "Choe" finds "Choé". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an event passes every criterion given. */
export function matches(event: Filterable, criteria: Criteria): boolean {
  const words = foldText(criteria.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return (
    (!criteria.type || event.type === criteria.type) &&
    (!criteria.direction || event.direction === criteria.direction) &&
    (!criteria.level || event.level === criteria.level) &&
    (criteria.from === undefined || event.year >= criteria.from) &&
    (criteria.to === undefined || event.year <= criteria.to) &&
    words.every((word) => event.text.includes(word))
  );
}

/** Criteria from a URL's query (`?type=summit&from=2018`); unknown or empty parameters are ignored. */
export function criteriaFromParams(params: URLSearchParams): Criteria {
  const criteria: Criteria = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'from' || key === 'to') {
      if (/^\d{4}$/.test(value)) criteria[key] = Number(value);
    } else {
      criteria[key] = value;
    }
  }
  return criteria;
}

/** The query string that restores `criteria`, with parameters in a fixed order; empty when nothing is set. */
export function criteriaToParams(criteria: Criteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = criteria[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** Everything the search box looks through for one event, folded once at build time. */
export function searchTextOf(data: EventData): string {
  const people = data.participants.flatMap(({ name, role }) => [name, role ?? '']);
  return foldText(
    [data.title, data.summary, data.location, data.occasion, ...people, ...data.tags].filter(Boolean).join(' '),
  );
}
