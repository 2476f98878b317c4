/**
 * The timeline filter's rules, shared by the build (which writes what each event can be matched on) and the
 * `<timeline-filter>` element (which matches). Plain functions over plain data, so they are unit-tested
 * without a browser.
 */
import { foldForSearch } from '../text/search.ts';
import { EVENT_ATTRIBUTES, ITEM_SELECTOR } from './attributes.ts';
import { FACETS, isListFacet, LIST_FIELDS, type Facet, type Filterable, type Vocabulary } from './model.ts';

/** What a reader has chosen. Empty lists and missing years mean "any". */
export interface Criteria {
  /** Text to find in the event: as a phrase, or as whole words in any order (see `queryOf`). */
  q: string;
  type: string[];
  direction: string[];
  level: string[];
  /** Person ids: an event matches when any of them led the travelling side. */
  lead: string[];
  /** Person ids: an event matches when any of them took part. */
  person: string[];
  /** First and last year, inclusive: an event matches when any part of it falls in the range. */
  from?: number | undefined;
  to?: number | undefined;
  order: 'oldest' | 'newest';
}

export const emptyCriteria = (): Criteria => ({
  q: '',
  type: [],
  direction: [],
  level: [],
  lead: [],
  person: [],
  order: 'oldest',
});

/**
 * A folded query, ready to match: the query as a phrase, and its separate words. An event matches when the
 * phrase appears anywhere in its text (so `kim jong u` finds Kim Jong Un while it is being typed, and `김정`
 * finds 김정은), or when every word appears in it as a whole word (so `pyongyang li qiang` finds a visit whose
 * summary names both). Plain substrings of words would let `kim jong un` find Kim Jong Il's "unofficial" visits.
 */
interface Query {
  phrase: string;
  words: string[];
}

function queryOf(q: string): Query {
  const phrase = foldForSearch(q);
  return {
    phrase,
    words: phrase.split(' ').filter(Boolean),
  };
}

/** Whether `word` appears in the folded `text` as a whole word, found in place: this runs over every event. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ')) return true;
  }
  return false;
}

function matchesQuery(text: string, { phrase, words }: Query): boolean {
  if (!phrase || text.includes(phrase)) return true;
  if (words.length < 2) return false;
  return words.every((word) => hasWord(text, word));
}

/** Whether an event passes the criteria that are not facets: the words and the years. */
function passesText(event: Filterable, query: Query, criteria: Criteria): boolean {
  return (
    (criteria.from === undefined || event.end >= criteria.from) &&
    (criteria.to === undefined || event.start <= criteria.to) &&
    matchesQuery(event.searchText, query)
  );
}

type SingleFacet = Exclude<Facet, 'lead' | 'person'>;

export interface Evaluation {
  /** One entry per event, in the order given. */
  visible: boolean[];
  shown: number;
  /**
   * For each facet option, how many events it would show with every other active filter applied: the
   * number a reader sees beside a checkbox.
   */
  counts: Record<Facet, Map<string, number>>;
}

/**
 * Which events match and what each facet option would give, in one pass: an event failing no facet is
 * shown and counts for all its options; an event failing exactly one facet still counts for that facet's
 * options, because choosing one of them would bring it in. `counting: false` skips the counts (left
 * empty), for when the list must update first and the counts can follow.
 */
export function evaluate(
  events: readonly Filterable[],
  criteria: Criteria,
  { counting = true }: { counting?: boolean } = {},
): Evaluation {
  const query = queryOf(criteria.q);
  const chosen = FACETS.map((facet) => new Set(criteria[facet]));
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const visible: boolean[] = [];
  let shown = 0;
  // For each facet, the list field it reads (leads, people), or undefined for a single-valued one.
  const lists = FACETS.map((facet) => (isListFacet(facet) ? LIST_FIELDS[facet] : undefined));
  const tallies = FACETS.map((facet) => counts[facet]);
  const count = (tally: Map<string, number>, value: string) => tally.set(value, (tally.get(value) ?? 0) + 1);
  // This runs on every keystroke over every event, so it avoids allocating per event.
  for (const event of events) {
    if (!passesText(event, query, criteria)) {
      visible.push(false);
      continue;
    }
    let failed = -1;
    let failures = 0;
    // Without counting, one failure settles it.
    const enough = counting ? 2 : 1;
    for (let index = 0; index < FACETS.length && failures < enough; index++) {
      const set = chosen[index]!;
      if (set.size === 0) continue;
      const facet = FACETS[index]!;
      const list = lists[index];
      const passes = list ? event[list].some((id) => set.has(id)) : set.has(event[facet as SingleFacet]);
      if (!passes) {
        failed = index;
        failures++;
      }
    }
    visible.push(failures === 0);
    if (failures === 0) shown++;
    if (!counting || failures > 1) continue;
    for (let index = 0; index < FACETS.length; index++) {
      if (failures === 1 && index !== failed) continue;
      const tally = tallies[index]!;
      // An event's people are unique (the build writes each once), and the other facets have one value.
      const list = lists[index];
      if (list) for (const id of event[list]) count(tally, id);
      else count(tally, event[FACETS[index] as SingleFacet]);
    }
  }
  return { visible, shown, counts };
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The fewest tests of a four-digit year's digits covering `low`..`high`: `="1963"` for one year, `^="197"` for a decade, `^="20"` for a century. */
function yearCover(low: number, high: number): string[] {
  const tests: string[] = [];
  for (let year = low; year <= high;) {
    let size = 1;
    while (size < 1000 && year % (size * 10) === 0 && year + size * 10 - 1 <= high) size *= 10;
    tests.push(size === 1 ? `="${year}"` : `^="${String(year).slice(0, 4 - String(size).length + 1)}"`);
    year += size;
  }
  return tests;
}

/**
 * A test that an item's year attribute falls in `from`..`to`, in as few comparisons as the years allow: each
 * item is matched against it whenever the rule changes. No event lies outside the record's first and last
 * years, so a bound at either may stretch to its century's edge where that makes the test shorter.
 */
function yearIn(attribute: string, from: number, to: number, { firstYear, lastYear }: Vocabulary): string {
  const lows = from === firstYear ? [from, from - (from % 100)] : [from];
  const highs = to === lastYear ? [to, to - (to % 100) + 99] : [to];
  const covers = lows.flatMap((low) => highs.map((high) => yearCover(low, high)));
  const shortest = covers.reduce((best, cover) => (cover.length < best.length ? cover : best));
  return `:is(${shortest.map((test) => `[${attribute}${test}]`).join(', ')})`;
}

/**
 * The selector of every timeline item failing the criteria, matched on the attributes the build writes,
 * with the same meaning as `evaluate` (a property test holds them to it). Empty when nothing is chosen.
 */
export function hidingSelector(criteria: Criteria, vocabulary: Vocabulary): string {
  const tests: string[] = [];
  const anyOf = (attribute: string, operator: '=' | '~=', values: readonly string[]) =>
    `:is(${values.map((value) => `[${attribute}${operator}${quoted(value)}]`).join(', ')})`;
  if (criteria.type.length) tests.push(anyOf(EVENT_ATTRIBUTES.type, '=', criteria.type));
  if (criteria.direction.length) tests.push(anyOf(EVENT_ATTRIBUTES.direction, '=', criteria.direction));
  if (criteria.level.length) tests.push(anyOf(EVENT_ATTRIBUTES.level, '=', criteria.level));
  if (criteria.lead.length) tests.push(anyOf(EVENT_ATTRIBUTES.leads, '~=', criteria.lead));
  if (criteria.person.length) tests.push(anyOf(EVENT_ATTRIBUTES.people, '~=', criteria.person));
  if (criteria.from !== undefined) {
    // An event within one year has no end attribute: its start is its end.
    const later = (attribute: string) => yearIn(attribute, criteria.from!, vocabulary.lastYear, vocabulary);
    tests.push(`:is(${later(EVENT_ATTRIBUTES.end)}, :not([${EVENT_ATTRIBUTES.end}])${later(EVENT_ATTRIBUTES.start)})`);
  }
  if (criteria.to !== undefined) {
    tests.push(yearIn(EVENT_ATTRIBUTES.start, vocabulary.firstYear, criteria.to, vocabulary));
  }
  const { phrase, words } = queryOf(criteria.q);
  if (phrase) {
    const attribute = EVENT_ATTRIBUTES.searchText;
    const whole = words.length > 1 ? `, ${words.map((word) => `[${attribute}~=${quoted(word)}]`).join('')}` : '';
    tests.push(`:is([${attribute}*=${quoted(phrase)}]${whole})`);
  }
  return tests.map((test) => `${ITEM_SELECTOR}:not(${test})`).join(',\n');
}

/**
 * How a filtered-out item is hidden: invisible (so out of the accessibility tree, the Tab order and find in
 * page), its content skipped, and no height. Not `display: none`, which tears down the layout boxes of every
 * item hidden and builds them again when it returns: with thousands of items that was most of a change's cost.
 */
const HIDDEN =
  'visibility: hidden; content-visibility: hidden; overflow: hidden; block-size: 0; contain-intrinsic-block-size: 0; padding-block: 0;';

/**
 * One CSS rule that hides every timeline item failing the criteria. The browser applies it: items are
 * neither touched nor re-rendered, and items scrolled out of view (content-visibility) cost nothing until
 * they are seen. Empty when nothing is chosen.
 */
export function hidingRule(criteria: Criteria, vocabulary: Vocabulary): string {
  const selector = hidingSelector(criteria, vocabulary);
  return selector ? `${selector} { ${HIDDEN} }` : '';
}

/** Whether one event matches; `evaluate` does this for a whole list. */
export function matches(event: Filterable, criteria: Criteria): boolean {
  return evaluate([event], criteria).visible[0]!;
}

const YEAR = /^\d{4}$/;

/**
 * Criteria from a URL's query, as a GET form sends them (`?type=summit&type=state-visit&from=2018`).
 * Unknown parameters, options the vocabulary lacks and years that are not four digits within the record
 * are ignored, so a mistyped or stale link still opens a working page.
 */
export function criteriaFromParams(params: URLSearchParams, vocabulary: Vocabulary): Criteria {
  const criteria = emptyCriteria();
  criteria.q = (params.get('q') ?? '').trim();
  for (const facet of FACETS) {
    const known = vocabulary.facets[facet];
    criteria[facet] = [...new Set(params.getAll(facet).map((value) => value.trim()))].filter((value) =>
      known.has(value),
    );
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)?.trim() ?? '';
    const year = Number(value);
    if (YEAR.test(value) && year >= vocabulary.firstYear && year <= vocabulary.lastYear) criteria[key] = year;
  }
  if (params.get('order') === 'newest') criteria.order = 'newest';
  return criteria;
}

/** The query string that restores `criteria`, in a fixed order, leaving out whatever is at its default. */
export function criteriaToParams(criteria: Criteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    for (const value of criteria[facet]) params.append(facet, value);
  }
  if (criteria.from !== undefined) params.set('from', String(criteria.from));
  if (criteria.to !== undefined) params.set('to', String(criteria.to));
  if (criteria.q.trim()) params.set('q', criteria.q.trim());
  if (criteria.order === 'newest') params.set('order', 'newest');
  return params;
}

/** How many filters are active, counting each chosen option, the words and each year bound (one for a single year). */
export function activeCount(criteria: Criteria): number {
  return (
    FACETS.reduce((sum, facet) => sum + criteria[facet].length, 0) +
    (criteria.q.trim() ? 1 : 0) +
    // A single year (from and to the same) is one filter, as its chip shows it.
    (criteria.from === undefined ? 0 : 1) +
    (criteria.to === undefined || criteria.to === criteria.from ? 0 : 1)
  );
}
