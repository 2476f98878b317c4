import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  criteriaFromParams,
  criteriaToParams,
  foldText,
  matches,
  searchTextOf,
  type Filterable,
} from '../src/lib/filter.ts';

const visit: Filterable = {
  type: 'official-visit',
  direction: 'china-to-dprk',
  level: 'head-of-government',
  year: 2025,
  text: foldText('Premier Li Qiang visits Pyongyang Pak Thae Song'),
};

describe('timeline filter', () => {
  it('matches every event when nothing is chosen', () => {
    assert.equal(matches(visit, {}), true);
  });

  it('requires each chosen field to match', () => {
    assert.equal(matches(visit, { type: 'official-visit', direction: 'china-to-dprk' }), true);
    assert.equal(matches(visit, { type: 'summit' }), false);
    assert.equal(matches(visit, { direction: 'dprk-to-china' }), false);
    assert.equal(matches(visit, { level: 'leader' }), false);
  });

  it('keeps events whose start year is within the range, inclusive', () => {
    assert.equal(matches(visit, { from: 2025, to: 2025 }), true);
    assert.equal(matches(visit, { from: 2026 }), false);
    assert.equal(matches(visit, { to: 2024 }), false);
  });

  it('finds every word searched for, in any case and without accents', () => {
    assert.equal(matches(visit, { q: 'li qiang' }), true);
    assert.equal(matches(visit, { q: '  PAK   pyongyang ' }), true);
    assert.equal(matches(visit, { q: 'Pyongyang Shoigu' }), false);
    assert.equal(foldText('Choé Ryong Hae'), 'choe ryong hae');
  });

  it('searches title, summary, place, occasion, participants and tags', () => {
    const text = searchTextOf({
      title: 'Visit',
      date: '2025-10-09',
      type: 'official-visit',
      direction: 'china-to-dprk',
      location: 'Anju',
      occasion: 'Party anniversary',
      participants: [{ name: 'Pak Thae Song', side: 'dprk', role: 'Premier of the Cabinet' }],
      summary: 'Talks.',
      sources: [{ title: 'Report', publisher: 'Xinhua' }],
      tags: ['party-to-party'],
      draft: false,
    });
    for (const word of ['visit', 'anju', 'anniversary', 'pak', 'cabinet', 'talks', 'party-to-party']) {
      assert.ok(text.includes(word), word);
    }
  });

  it('reads criteria from a URL and writes them back in a fixed order', () => {
    const criteria = criteriaFromParams(new URLSearchParams('to=2019&type=summit&q=+Kim+&from=20x8&level=&utm=1'));
    assert.deepEqual(criteria, { q: 'Kim', type: 'summit', to: 2019 });
    assert.equal(criteriaToParams(criteria).toString(), 'q=Kim&type=summit&to=2019');
    assert.equal(criteriaToParams({}).toString(), '');
  });
});
