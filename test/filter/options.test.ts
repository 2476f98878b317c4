import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from '../../src/domain/registry.ts';
import { eventAttributes, readVocabulary, vocabularyAttributes } from '../../src/filter/attributes.ts';
import { facetOptions, filterableOf, personOptions, vocabularyOf, yearsOf } from '../../src/filter/options.ts';
import { recordEvent } from '../helpers.ts';

const registry = new Registry([
  { id: 'pak-thae-song', name: 'Pak Thae Song', ko: '박태성', aliases: ['Pak Thae-song'], side: 'dprk', offices: [] },
  { id: 'li-qiang', name: 'Li Qiang', zh: '李强', aliases: [], side: 'china', offices: [] },
]);

const premier = recordEvent(
  {
    title: 'Premier visits',
    summary: 'The premier attended.',
    date: '2025-10-09',
    end: '2026-01',
    type: 'official-visit',
    direction: 'china-to-dprk',
    level: 'head-of-government',
    location: 'Anju',
    occasion: 'Party anniversary',
    participants: [
      { name: 'Li Qiang', lead: true },
      { name: 'Pak Thae-song', role: 'Premier of the Cabinet' },
      { name: 'A Visitor', side: 'other', oneOff: true },
    ],
    tags: ['party-to-party'],
  },
  'premier',
  registry,
);
const message = recordEvent({ date: '1961-07-11', participants: [{ name: 'Li Qiang' }] }, 'message', registry);

describe('what the build writes for the filter', () => {
  it('carries the facets, the year span and the people on the item, and folds the text it does not show', () => {
    const attributes = eventAttributes(filterableOf(premier));
    assert.equal(attributes['data-type'], 'official-visit');
    assert.equal(attributes['data-start'], '2025');
    assert.equal(attributes['data-end'], '2026');
    assert.equal(attributes['data-people'], 'li-qiang pak-thae-song a-visitor');
    // The travelling lead, apart: the lead facet matches on it.
    assert.equal(attributes['data-leads'], 'li-qiang');
    // The text the item does not show is searched too, but fetched with the full text, not carried by the page.
    assert.equal(attributes['data-search-text'], undefined);
    const text = filterableOf(premier).searchText;
    for (const word of ['anju', 'anniversary', 'pak thae song', '박태성', '李强', 'cabinet', 'party to party']) {
      assert.ok(text.includes(word), word);
    }
    // The title and summary are on the page already; the browser adds them before the first search.
    assert.ok(!text.includes('premier visits') && !text.includes('attended'), text);
  });

  it('leaves out the end year of an event within one year', () => {
    assert.equal(eventAttributes(filterableOf(message))['data-end'], undefined);
  });

  it('offers each type, direction and level the events have, counted, in the schema’s order', () => {
    const options = facetOptions([premier, message, message]);
    assert.deepEqual(
      options.map(({ facet, options: list }) => [facet, list.map(({ value, count }) => `${value} ${count}`)]),
      [
        ['type', ['official-visit 1', 'message 2']],
        ['direction', ['china-to-dprk 1', 'mutual 2']],
        ['level', ['head-of-government 1']],
      ],
    );
    assert.equal(options[0]!.options[0]!.label, 'Official visit');
    // Each option carries its definition from the one place definitions live, for the timeline to show.
    assert.match(options[0]!.options[0]!.definition!, /official goodwill visit/);
  });

  it('offers everyone who took part, most events first, with every spelling to find them by', () => {
    const people = personOptions([premier, message]);
    assert.deepEqual(
      people.map(({ value, label, count }) => [value, label, count]),
      [
        ['li-qiang', 'Li Qiang', 2],
        ['a-visitor', 'A Visitor', 1],
        ['pak-thae-song', 'Pak Thae Song', 1],
      ],
    );
    assert.equal(people[2]!.searchText, 'pak thae song 박태성');
  });

  it('offers the travelling leads apart, counting only the events each led', () => {
    assert.deepEqual(
      personOptions([premier, message], { leads: true }).map(({ value, count }) => [value, count]),
      [['li-qiang', 1]],
    );
  });

  it('spans every year from the first start to the last end, and tells the element its vocabulary', () => {
    const years = yearsOf([premier, message]);
    assert.deepEqual([years[0], years.at(-1), years.length], [1961, 2026, 66]);
    const vocabulary = vocabularyOf(
      [
        ...facetOptions([premier, message]),
        { facet: 'lead', options: personOptions([premier, message], { leads: true }) },
        { facet: 'person', options: personOptions([premier, message]) },
      ],
      years,
    );
    const attributes = vocabularyAttributes(vocabulary);
    const element = {
      getAttributeNames: () => Object.keys(attributes),
      getAttribute: (name: string) => attributes[name] ?? null,
    } as unknown as Element;
    assert.deepEqual(readVocabulary(element), vocabulary);
    assert.deepEqual([...vocabulary.facets.person], ['li-qiang', 'a-visitor', 'pak-thae-song']);
    assert.deepEqual([...vocabulary.facets.lead], ['li-qiang']);
  });
});
