/**
 * The contract between the build and the browser: the `data-*` attributes that carry what the filter
 * matches on. The build writes them with `eventAttributes` and `vocabularyAttributes`; the element reads
 * them back with `readEvent` and `readVocabulary`. No other file spells these names.
 */
import { foldForSearch } from '../text/search.ts';
import type { Facet, Filterable, Vocabulary } from './model.ts';

/** The attribute holding each field of an event, on its timeline item. */
export const EVENT_ATTRIBUTES = {
  type: 'data-type',
  direction: 'data-direction',
  level: 'data-level',
  start: 'data-start',
  end: 'data-end',
  leads: 'data-leads',
  people: 'data-people',
  /** Written in the browser, not by the build: the text search matches (see `completeSearchText`). */
  searchText: 'data-search-text',
  draft: 'data-draft',
} as const;

/**
 * The elements of an item whose text is searched as shown (its title's link, not a draft badge beside it, and
 * its summary), so that text is not written twice: the classes `TimelineItem.astro` gives them, rather than
 * a marker attribute, which would add some 3% to a page of thousands of items.
 */
const SHOWN_TEXT = '.title > a, .summary';

/** The selector of every timeline item: a list item carrying its type. */
export const ITEM_SELECTOR = `li[${EVENT_ATTRIBUTES.type}]`;

/**
 * The attributes of one timeline item. Its search text is not among them: the browser builds it from the
 * title and summary the item shows (`completeSearchText`) and the rest, fetched with the full text when a
 * reader first searches (`addSearchText`). With thousands of items that keeps the page a sixth smaller.
 */
export function eventAttributes(event: Omit<Filterable, 'searchText'>): Record<string, string> {
  const attributes: Record<string, string> = {
    [EVENT_ATTRIBUTES.type]: event.type,
    [EVENT_ATTRIBUTES.direction]: event.direction,
    [EVENT_ATTRIBUTES.level]: event.level,
    [EVENT_ATTRIBUTES.start]: String(event.start),
    // An event within one year leaves its end out: one attribute fewer on most items.
    [EVENT_ATTRIBUTES.end]: event.end === event.start ? '' : String(event.end),
    [EVENT_ATTRIBUTES.leads]: event.leads.join(' '),
    [EVENT_ATTRIBUTES.people]: event.people.join(' '),
    [EVENT_ATTRIBUTES.draft]: event.draft ? 'true' : '',
  };
  // Empty values are left out (on thousands of items every byte counts); reading them back gives the same.
  for (const [name, value] of Object.entries(attributes)) if (value === '') delete attributes[name];
  return attributes;
}

/** An item's attributes as the filter reads them; the inverse of `eventAttributes`. */
export function readEvent(item: Pick<Element, 'getAttribute'>): Filterable {
  const get = (name: string) => item.getAttribute(name) ?? '';
  const start = Number(get(EVENT_ATTRIBUTES.start));
  const end = item.getAttribute(EVENT_ATTRIBUTES.end);
  const list = (name: string) => {
    const value = get(name);
    return value ? value.split(' ') : [];
  };
  return {
    type: get(EVENT_ATTRIBUTES.type),
    direction: get(EVENT_ATTRIBUTES.direction),
    level: get(EVENT_ATTRIBUTES.level),
    start,
    end: end === null ? start : Number(end),
    leads: list(EVENT_ATTRIBUTES.leads),
    people: list(EVENT_ATTRIBUTES.people),
    searchText: get(EVENT_ATTRIBUTES.searchText),
    ...(item.getAttribute(EVENT_ATTRIBUTES.draft) === 'true' ? { draft: true } : {}),
  };
}

/**
 * Adds the text an item shows (its title and summary) to the front of its search text, as the build would
 * have written it, and returns the whole. Done once per item, when search is first needed.
 */
export function completeSearchText(item: Element): string {
  const shown = [...item.querySelectorAll(SHOWN_TEXT)].map((element) => element.textContent ?? '');
  const text = [foldForSearch(shown.join(' ')), item.getAttribute(EVENT_ATTRIBUTES.searchText) ?? '']
    .filter(Boolean)
    .join(' ');
  item.setAttribute(EVENT_ATTRIBUTES.searchText, text);
  return text;
}

/**
 * Adds more folded text (what the item does not show, and its account: fetched when search is first used)
 * to an item's search text.
 */
export function addSearchText(item: Element, text: string, more: string): string {
  const whole = more ? `${text} ${more}` : text;
  item.setAttribute(EVENT_ATTRIBUTES.searchText, whole);
  return whole;
}

/** The attributes of `<timeline-filter>` naming what its options and years may be. */
export function vocabularyAttributes(vocabulary: Vocabulary): Record<string, string> {
  return {
    ...Object.fromEntries(
      Object.entries(vocabulary.facets).map(([facet, values]) => [`data-${facet}-options`, [...values].join(' ')]),
    ),
    'data-first-year': String(vocabulary.firstYear),
    'data-last-year': String(vocabulary.lastYear),
  };
}

/** The vocabulary written by `vocabularyAttributes`. */
export function readVocabulary(element: Element): Vocabulary {
  const options = /^data-(.+)-options$/;
  const facets = element
    .getAttributeNames()
    .filter((name) => options.test(name))
    .map((name) => [name.replace(options, '$1'), new Set(element.getAttribute(name)!.split(' ').filter(Boolean))]);
  return {
    facets: Object.fromEntries(facets) as Record<Facet, ReadonlySet<string>>,
    firstYear: Number(element.getAttribute('data-first-year')),
    lastYear: Number(element.getAttribute('data-last-year')),
  };
}
