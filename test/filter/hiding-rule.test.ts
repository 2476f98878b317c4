import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectAll } from 'css-select';
import { Element } from 'domhandler';
import fc from 'fast-check';
import { EVENT_ATTRIBUTES, eventAttributes, readEvent } from '../../src/filter/attributes.ts';
import { FACETS, type Filterable, type Vocabulary } from '../../src/filter/model.ts';
import { evaluate, hidingSelector, type Criteria } from '../../src/filter/rules.ts';

/**
 * The filter decides twice on purpose: `evaluate` (JavaScript) counts, and `hidingSelector` (CSS, applied
 * by the browser) hides. These properties hold them to the same answer for any vocabulary, events and
 * criteria, by applying the selector with a real selector engine (css-select) to items carrying exactly
 * the attributes the build writes.
 */

// Values a facet may hold: slugs as the schema makes them, plus quotes and backslashes the rule must escape.
const value = fc.stringMatching(/^[a-z0-9"\\-]{1,5}$/);
// Folded search text: lowercase words, digits and Korean, single spaces.
const word = fc.constantFrom(
  'kim',
  'jong',
  'un',
  'il',
  'xi',
  'dalian',
  'beijing',
  '김정은',
  '金正恩',
  'a',
  'ab',
  '1961',
);

const world = fc
  .record({
    type: fc.uniqueArray(value, { minLength: 1, maxLength: 4 }),
    direction: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }),
    level: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }),
    lead: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }),
    person: fc.uniqueArray(value, { minLength: 1, maxLength: 5 }),
    firstYear: fc.integer({ min: 1949, max: 1960 }),
    // Up to 80 years, so ranges cross decades and centuries (the rule tests those by prefix).
    span: fc.integer({ min: 0, max: 80 }),
  })
  .chain(({ span, firstYear, ...facets }) => {
    const vocabulary: Vocabulary = {
      facets: Object.fromEntries(
        FACETS.map((facet) => [facet, new Set(facets[facet])]),
      ) as unknown as Vocabulary['facets'],
      firstYear,
      lastYear: firstYear + span,
    };
    const year = fc.integer({ min: firstYear, max: firstYear + span });
    const event: fc.Arbitrary<Filterable> = fc
      .record({
        type: fc.constantFrom(...facets.type),
        direction: fc.constantFrom(...facets.direction),
        // An event without a level carries an empty one.
        level: fc.constantFrom('', ...facets.level),
        years: fc.tuple(year, year),
        leads: fc.uniqueArray(fc.constantFrom(...facets.lead), { maxLength: 2 }),
        people: fc.uniqueArray(fc.constantFrom(...facets.person), { maxLength: 3 }),
        words: fc.array(word, { maxLength: 6 }),
      })
      .map(({ years: [a, b], words, ...rest }) => ({
        ...rest,
        start: Math.min(a, b),
        end: Math.max(a, b),
        searchText: words.join(' '),
      }));
    const chosen = (values: readonly string[]) => fc.subarray([...values], { maxLength: Math.min(3, values.length) });
    const criteria: fc.Arbitrary<Criteria> = fc.record({
      // A query of whole words, partial words and words out of order, with stray punctuation and case.
      q: fc
        .array(
          fc.oneof(
            word,
            word.map((text) => text.slice(0, 2)),
            fc.constantFrom('Kim', 'XI,', ' '),
          ),
          {
            maxLength: 3,
          },
        )
        .map((words) => words.join(' ')),
      type: chosen(facets.type),
      direction: chosen(facets.direction),
      level: chosen(facets.level),
      lead: chosen(facets.lead),
      person: chosen(facets.person),
      from: fc.option(year, { nil: undefined }),
      to: fc.option(year, { nil: undefined }),
      order: fc.constant('oldest' as const),
    });
    return fc.record({ vocabulary: fc.constant(vocabulary), events: fc.array(event, { maxLength: 12 }), criteria });
  });

/**
 * Items as the timeline renders them, under one list, with the search text the browser adds to each
 * (`completeSearchText`, `addSearchText`) once a reader searches.
 */
function itemsFor(events: readonly Filterable[]): { list: Element; items: Element[] } {
  const items = events.map(
    (event, index) =>
      new Element('li', {
        id: `event-${index}`,
        ...eventAttributes(event),
        [EVENT_ATTRIBUTES.searchText]: event.searchText,
      }),
  );
  return { list: new Element('ol', {}, items), items };
}

describe('the hiding rule and the matcher', () => {
  it('leave visible exactly the same events, for any vocabulary, events and criteria', () => {
    fc.assert(
      fc.property(world, ({ vocabulary, events, criteria }) => {
        const { list, items } = itemsFor(events);
        const selector = hidingSelector(criteria, vocabulary);
        const hidden = new Set(selector ? selectAll(selector, list) : []);
        assert.deepEqual(
          items.map((item) => !hidden.has(item)),
          evaluate(events, criteria).visible,
          `selector: ${selector}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('read back from the attributes exactly what the build wrote', () => {
    fc.assert(
      fc.property(world, ({ events }) => {
        const { items } = itemsFor(events);
        assert.deepEqual(
          items.map((item) => readEvent({ getAttribute: (name) => item.attribs[name] ?? null })),
          events,
        );
      }),
    );
  });
});
